import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testTempDir } from "../../test/helpers/tempDir";
import { LOCK_OWNER_NAME, SiteBusyError, SiteLockLostError, withSiteLock, writeFileSafely } from "./safeWrite";

describe("writeFileSafely", () => {
  it("replaces the file whole and leaves no temporary file behind", () => {
    const dir = testTempDir("bd-write-");
    const path = join(dir, "sub", "a.csv");
    writeFileSafely(path, "one\n");
    writeFileSafely(path, "two\n");
    expect(readFileSync(path, "utf8")).toBe("two\n");
    expect(readdirSync(join(dir, "sub"))).toEqual(["a.csv"]);
  });

  it("keeps the old file whole when the disk fills mid-write", () => {
    // A file-size limit makes write(2) fail part way, as a full disk does (EFBIG instead of ENOSPC).
    const dir = testTempDir("bd-write-");
    const path = join(dir, "a.csv");
    writeFileSync(path, "old\n");
    const script = `process.on("SIGXFSZ", () => {});
      const { writeFileSafely } = await import(${JSON.stringify(new URL("./safeWrite.ts", import.meta.url).pathname)});
      try { writeFileSafely(${JSON.stringify(path)}, "x".repeat(100_000)); console.log("written"); }
      catch (error) { console.log(error.code); }`;
    const out = execFileSync("bash", ["-c", `ulimit -f 8; exec node --import tsx --input-type=module -e '${script.replace(/'/g, "'\\''")}'`], { encoding: "utf8" });
    expect(out.trim()).toBe("EFBIG");
    expect(readFileSync(path, "utf8")).toBe("old\n");
    expect(readdirSync(dir)).toEqual(["a.csv"]);
  });

  it("lets threads of one process write the same file at once (each its own temporary file)", () => {
    // Four threads, 300 writes each of one path, as the PNG threads write the card fonts: with a
    // temporary name of process id and millisecond, two threads of one millisecond collided (one
    // failed with EEXIST and removed the other's file, whose rename then failed).
    const dir = testTempDir("bd-write-");
    const path = join(dir, "font.ttf");
    const module = JSON.stringify(new URL("./safeWrite.ts", import.meta.url).pathname);
    const script = `import { Worker } from "node:worker_threads";
      const code = "Promise.all([import('tsx/esm/api'), import('node:worker_threads')]).then(async ([{ tsImport }, { parentPort }]) => { const { writeFileSafely } = await tsImport(" + JSON.stringify(${module}) + ", 'file:///'); let failed = 0; for (let i = 0; i < 300; i++) { try { writeFileSafely(" + JSON.stringify(${JSON.stringify(path)}) + ", 'same bytes', { durable: false }); } catch { failed++; } } parentPort.postMessage(failed); })";
      const counts = await Promise.all([1, 2, 3, 4].map(() => new Promise((done, fail) => { const w = new Worker(code, { eval: true }); w.once("message", done); w.once("error", fail); })));
      console.log(counts.reduce((a, b) => a + b, 0));`;
    const out = execFileSync("node", ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
    expect(out.trim()).toBe("0");
    expect(readFileSync(path, "utf8")).toBe("same bytes");
    expect(readdirSync(dir)).toEqual(["font.ttf"]);
  });
});

describe("withSiteLock", () => {
  it("runs a second holder only after the first has released the lock", async () => {
    const dir = testTempDir("bd-lock-");
    const order: string[] = [];
    const slow = withSiteLock(dir, "first", async () => {
      order.push("first start");
      await new Promise((r) => setTimeout(r, 700));
      order.push("first end");
    });
    await new Promise((r) => setTimeout(r, 50));
    const second = withSiteLock(dir, "second", () => order.push("second"));
    await Promise.all([slow, second]);
    expect(order).toEqual(["first start", "first end", "second"]);
  });

  it("stops a second holder with a message naming the site and the lock when the first holds it too long", async () => {
    const dir = testTempDir("bd-lock-");
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    const first = withSiteLock(dir, "first", () => held);
    await new Promise((r) => setTimeout(r, 50));
    let ran = false;
    const second = withSiteLock(dir, "npm run new", () => (ran = true), { waitMs: 400 });
    await expect(second).rejects.toBeInstanceOf(SiteBusyError);
    await expect(second).rejects.toThrow(`npm run new: another benchdigest command is writing to ${dir} (lock ${join(dir, ".benchdigest.lock")}); waited 0.4 s. Run it again when that one has finished.`);
    expect(ran).toBe(false);
    release();
    await first;
    await expect(withSiteLock(dir, "third", () => "free again")).resolves.toBe("free again");
  });

  it("releases the lock when the work throws", async () => {
    const dir = testTempDir("bd-lock-");
    await expect(withSiteLock(dir, "x", () => { throw new Error("boom"); })).rejects.toThrow("boom");
    await expect(withSiteLock(dir, "y", () => 1)).resolves.toBe(1);
  });


  it("releases the lock when its owner's token cannot be written, and runs nothing", async () => {
    const dir = testTempDir("bd-lock-");
    // A folder where the token file goes: writing the token fails, as on a full disk.
    mkdirSync(join(dir, LOCK_OWNER_NAME));
    let ran = false;
    await expect(withSiteLock(dir, "x", () => (ran = true))).rejects.toThrow();
    expect(ran).toBe(false);
    expect(existsSync(join(dir, ".benchdigest.lock"))).toBe(false);
  });

  it("stops a holder whose lock another command took over (it looked stale) before it overwrites the other's rows", async () => {
    // A command busy long enough that its heartbeat is late (a large import on a loaded machine; here
    // a blocked event loop, with a 1 s stale limit) looks dead to a second command, which takes the
    // lock over, reads the file and writes its rows. The first, reading the file before, used to
    // write its own version over them: the second's rows were lost and both commands exited 0.
    const dir = testTempDir("bd-lock-");
    const path = join(dir, "results.csv");
    writeFileSync(path, "old\n");
    const module = JSON.stringify(new URL("./safeWrite.ts", import.meta.url).pathname);
    const second = `const { withSiteLock, writeFileSafely } = await import(${module});
      const { readFileSync } = await import("node:fs");
      await withSiteLock(${JSON.stringify(dir)}, "second", async () => {
        writeFileSafely(${JSON.stringify(path)}, readFileSync(${JSON.stringify(path)}, "utf8") + "second\\n");
        // Still working: its lock must stay while the first gives up.
        await new Promise((r) => setTimeout(r, 8000));
      }, { staleMs: 1000 });
      console.log("second wrote");`;
    let other: Promise<string> | undefined;
    const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    const first = withSiteLock(
      dir,
      "first",
      () => {
        const read = readFileSync(path, "utf8");
        const mine = readFileSync(join(dir, LOCK_OWNER_NAME), "utf8");
        other = new Promise((done, fail) => execFile("node", ["--import", "tsx", "--input-type=module", "-e", second], { encoding: "utf8" }, (error, stdout, stderr) => (error ? fail(new Error(stderr)) : done(stdout))));
        // Blocked (no heartbeat) until the second command has taken the lock over and written.
        const until = Date.now() + 90_000;
        while (readFileSync(path, "utf8") === read && Date.now() < until) sleep(20);
        // The second command's token, or none when it has finished already.
        const owner = join(dir, LOCK_OWNER_NAME);
        expect(existsSync(owner) ? readFileSync(owner, "utf8") : undefined).not.toBe(mine);
        writeFileSafely(path, read + "first\n");
      },
      { staleMs: 1000 },
    );
    await expect(first).rejects.toBeInstanceOf(SiteLockLostError);
    await expect(first).rejects.toThrow(`first: stopped before writing ${path}: another benchdigest command took over the lock on ${dir}`);
    // The first gave the lock up without removing it: it is the second's, still at work.
    expect(existsSync(join(dir, ".benchdigest.lock"))).toBe(true);
    expect(existsSync(join(dir, LOCK_OWNER_NAME))).toBe(true);
    expect(await other).toContain("second wrote");
    expect(readFileSync(path, "utf8")).toBe("old\nsecond\n");
    expect(readdirSync(dir).sort()).toEqual(["results.csv"]);
  }, 120_000);
});
