import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { InputError } from "../lib/errors";
import { liveProblems, liveProblemsError, loadAndWatch, setLiveProblems, SETTLE_MS, whenSettled } from "./liveProblems";

const problem = { file: "data/models.csv", line: 3, column: "id", message: "bad id" };

function logger() {
  const lines: string[] = [];
  return { lines, error: (m: string) => lines.push(`error ${m}`), info: (m: string) => lines.push(`info ${m}`) };
}

class FakeWatcher extends EventEmitter {
  added: string[] = [];
  add(path: string) {
    this.added.push(path);
  }
}

afterEach(() => {
  for (const source of ["a", "b", "data/"]) setLiveProblems(source, []);
});

describe("live problems", () => {
  it("records, replaces and clears problems per source, logging only changes", () => {
    const log = logger();
    setLiveProblems("a", [problem], log);
    setLiveProblems("a", [problem], log);
    setLiveProblems("b", [{ ...problem, line: 9 }], log);
    expect(liveProblems().map((p) => p.line)).toEqual([3, 9]);
    setLiveProblems("a", [], log);
    expect(liveProblems().map((p) => p.line)).toEqual([9]);
    expect(log.lines).toEqual([
      'error Invalid input (the page shows this until it is fixed): 1 problem\n  data/models.csv:3 column "id": bad id',
      'error Invalid input (the page shows this until it is fixed): 1 problem\n  data/models.csv:9 column "id": bad id',
      "info a: fixed",
    ]);
  });

  it("gives the overlay an error located at the first problem's file and line", () => {
    expect(liveProblemsError("/site")).toBeUndefined();
    setLiveProblems("a", [problem]);
    const error = liveProblemsError("/site");
    expect(error).toBeInstanceOf(InputError);
    expect(error?.loc).toEqual({ file: "/site/data/models.csv", line: 3, column: 1 });
    expect(error?.message).toContain('data/models.csv:3 column "id": bad id');
  });

  it("throws bad input during a build (no watcher)", async () => {
    await expect(loadAndWatch({ logger: logger() }, { source: "data/", dir: "/site/data", load: async () => { throw new InputError([problem]); } })).rejects.toThrow(InputError);
    expect(liveProblems()).toEqual([]);
  });

  it("in dev, records bad input instead of throwing, and reloads on edits under the folder only", async () => {
    const watcher = new FakeWatcher();
    let broken = true;
    let loads = 0;
    const load = async () => {
      loads++;
      if (broken) throw new InputError([problem]);
    };
    await loadAndWatch({ watcher, logger: logger() }, { source: "data/", dir: "/site/data", load });
    expect(watcher.added).toEqual(["/site/data"]);
    expect(liveProblems()).toEqual([problem]);
    broken = false;
    watcher.emit("change", "/site/content/recaps/a.md");
    watcher.emit("change", "/site/database.csv");
    expect(loads).toBe(1);
    // A save seen as several events is one reload, once the file has settled.
    watcher.emit("change", "/site/data/results/x.csv");
    watcher.emit("change", "/site/data/results/x.csv");
    expect(loads).toBe(1);
    await new Promise((r) => setTimeout(r, SETTLE_MS + 50));
    expect(loads).toBe(2);
    expect(liveProblems()).toEqual([]);
  });
});

describe("whenSettled", () => {
  it("runs once per key after the last call, with the key", async () => {
    const runs: string[] = [];
    const settle = whenSettled((key) => runs.push(key), 20);
    settle("a.md");
    settle("a.md");
    settle("b.md");
    settle("a.md");
    expect(runs).toEqual([]);
    await new Promise((r) => setTimeout(r, 60));
    expect(runs.sort()).toEqual(["a.md", "b.md"]);
  });
});
