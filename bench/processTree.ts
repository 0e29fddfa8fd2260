/**
 * Measuring a process tree (for `npm run bench`): runs a command and samples, every ~100 ms, the
 * summed memory (VmRSS) and CPU time of the process and all its descendants from /proc, and the
 * moment each output line arrived (for the build's phases, phases.ts). Linux only.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { constants as osConstants } from "node:os";

/** Give up on one command after this long by default (a 4,000 .mdx build can take many minutes). */
const BUILD_TIMEOUT_MS = 40 * 60_000;
const SAMPLE_MS = 100;

/** What one measured command cost. */
export interface Measured {
  exitCode: number | null;
  signal: string | null;
  wallMs: number;
  /** Peak of the summed VmRSS of the process and all its descendants, in bytes. */
  peakRss: number;
  /** CPU seconds (user + system) of the process tree, as last sampled (at most ~100 ms short). */
  cpuS: number;
  output: string;
  /** Milliseconds since start at which each output line arrived (for phase timings). */
  lines: { at: number; text: string }[];
  /** Memory samples: ms since start and summed RSS in bytes. */
  samples: { at: number; rss: number }[];
}

/** Children of every process, and each process's CPU ticks, from /proc/<pid>/stat. */
function processTable(): { children: Map<number, number[]>; ticks: Map<number, number> } {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command name (which is in parentheses and may hold spaces): state, ppid, ...
      // utime, stime, cutime, cstime are fields 14-17 of the whole line (11-14 of the rest).
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(rest[1]);
      ticks.set(Number(name), Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]));
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return { children, ticks };
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/**
 * Summed VmRSS (bytes) of `pid` and its descendants, and the CPU seconds the tree has used so far
 * (user + system, including its finished children).
 */
function treeSample(pid: number): { rss: number; cpuS: number } {
  const { children, ticks } = processTable();
  let rss = 0;
  let cpuTicks = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    cpuTicks += ticks.get(p) ?? 0;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) rss += Number(m[1]) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { rss, cpuS: cpuTicks / USER_HZ };
}

/** Runs a command, sampling the memory of its process tree every ~100 ms. */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Measured> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const lines: Measured["lines"] = [];
    let output = "";
    let pending = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      output += text;
      if (output.length > 4_000_000) output = output.slice(-2_000_000);
      pending += text;
      const parts = pending.split("\n");
      pending = parts.pop() ?? "";
      const at = performance.now() - started;
      for (const line of parts) lines.push({ at, text: line });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    let peakRss = 0;
    let cpuS = 0;
    const samples: Measured["samples"] = [];
    const sample = () => {
      if (!child.pid) return;
      const now = treeSample(child.pid);
      samples.push({ at: performance.now() - started, rss: now.rss });
      peakRss = Math.max(peakRss, now.rss);
      cpuS = Math.max(cpuS, now.cpuS);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    const killer = setTimeout(() => {
      // The child leads its own process group (detached), so this ends the whole tree it started.
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, options.timeoutMs ?? BUILD_TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearInterval(timer);
      clearTimeout(killer);
      if (pending) lines.push({ at: performance.now() - started, text: pending });
      // Killed by a signal (an out-of-memory abort is SIGABRT): report it the way a shell does, 134.
      const exitCode = code ?? (signal ? 128 + (osConstants.signals[signal] ?? 0) : null);
      resolvePromise({ exitCode, signal, wallMs: performance.now() - started, peakRss, cpuS, output, lines, samples });
    });
  });
}
