import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./astro";

/** The W3C Nu HTML checker, as the vnu-jar package ships it. */
const VNU_JAR = join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");

/** Why the Nu checker cannot run here (no Java, or no vnu.jar), or undefined when it can. */
export function vnuMissing(): string | undefined {
  if (spawnSync("java", ["-version"]).status !== 0) return "java is not installed";
  return existsSync(VNU_JAR) ? undefined : `vnu-jar not found at ${VNU_JAR}`;
}

/** One message of the checker's JSON report. */
export interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Runs the Nu checker over every HTML file under `dir` (`--errors-only --skip-non-html`) and
 * returns its JSON report and exit status (1 when it found an error).
 *
 * The JVM runs with its quick compiler only and the serial collector: a run of the checker is one
 * short batch, which the optimising compiler's threads and the parallel collector slowed on two
 * shared cores without paying back. The checker is the same code on the same files, so the same
 * report; over the sample's dist/ (377 pages) it took 13.4 s of CPU instead of 29.8 s (93 s wall
 * instead of 145 s at a load average of 20 to 30).
 */
export function runVnu(dir: string): { messages: VnuMessage[]; status: number | null } {
  const run = spawnSync("java", ["-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", VNU_JAR, "--errors-only", "--format", "json", "--skip-non-html", dir], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(run.stderr.trim() || run.stdout.trim()) as { messages: VnuMessage[] };
  return { messages: report.messages, status: run.status };
}
