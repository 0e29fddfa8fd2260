import { describe, expect, it } from "vitest";
import { linePieces } from "./linePieces";

describe("linePieces", () => {
  it("breaks a host or path after its dots and slashes, and nothing else", () => {
    expect(linePieces("gso-bench.github.io")).toEqual(["gso-bench.", "github.", "io"]);
    expect(linePieces("www.tbench.ai/leaderboard")).toEqual(["www.", "tbench.", "ai/", "leaderboard"]);
    expect(linePieces("news.smol.ai").join("")).toBe("news.smol.ai");
    expect(linePieces("Terminal-Bench Leaderboard")).toEqual(["Terminal-Bench Leaderboard"]);
    expect(linePieces("source")).toEqual(["source"]);
  });
});
