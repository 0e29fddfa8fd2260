import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { mirrorProjectCode } from "../../scripts/lib/siteMirror";
import { buildEnv, ROOT } from "./astro";

/** A TCP port free on 127.0.0.1 now (the OS picks it), for a server a test starts. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/**
 * Starts `astro dev` on a fixture site folder, as its own Astro root with a copy of the project's
 * code (scripts/lib/siteMirror.ts), on a free port of 127.0.0.1, in a process group of its own
 * (stop it with `stopProcessGroup`). Everything it prints goes to `onOutput`. Returns at once:
 * the caller polls for the page it needs.
 */
export async function startSiteDev(site: string, onOutput: (chunk: string) => void): Promise<{ server: ChildProcess; base: string }> {
  const port = await freePort();
  const env = buildEnv();
  delete env.NODE_ENV;
  const server = spawn(process.execPath, [join(ROOT, "node_modules/astro/astro.js"), "dev", "--port", String(port), "--host", "127.0.0.1"], { cwd: mirrorProjectCode(site), env, detached: true });
  server.stdout!.on("data", (d) => onOutput(String(d)));
  server.stderr!.on("data", (d) => onOutput(String(d)));
  return { server, base: `http://127.0.0.1:${port}` };
}
