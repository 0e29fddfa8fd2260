import { describe, expect, it } from "vitest";
import { digestDescription, digestRepeatsItsRecap, digestTitle, movementText, rankText, revisedLaterText } from "./digestText";
import { weekRange } from "./isoWeek";
import type { BoardChange } from "./buildDigests";

const week = (year: number, n: number) => ({ week: { year, week: n }, ...weekRange({ year, week: n }) });
const change = (entries: number, moves: number, leader: boolean, version = "v1"): BoardChange =>
  ({
    benchmark: { id: "idx", name: "Index", version, unit: "points", direction: "higher" },
    newEntries: Array(entries).fill({}),
    movements: Array(moves).fill({}),
    newLeaders: leader ? [{}] : [],
    previousLeaders: [],
  }) as unknown as BoardChange;

describe("digest wording", () => {
  it("notes what a score the week had was revised to, and on which day", () => {
    expect(revisedLaterText({ value: 1341, on: new Date("2026-12-02") }, "elo")).toBe("revised to 1,341 on 2 December 2026");
    expect(revisedLaterText({ on: new Date("2026-12-02") }, "elo")).toBe("revised on 2 December 2026 to no score");
  });

  it("names the week and its days, across a month boundary too", () => {
    expect(digestTitle(week(2026, 8))).toBe("Week 8, 2026: 16–22 February");
    expect(digestTitle(week(2026, 9))).toBe("Week 9, 2026: 23 February–1 March");
  });

  it("knows a digest that only repeats its one recap (one recap, no board or data change)", () => {
    expect(digestRepeatsItsRecap({ recapIds: ["a"], changes: [] }, 0)).toBe(true);
    expect(digestRepeatsItsRecap({ recapIds: ["a", "b"], changes: [] }, 0)).toBe(false);
    expect(digestRepeatsItsRecap({ recapIds: ["a"], changes: [change(1, 0, false)] }, 0)).toBe(false);
    expect(digestRepeatsItsRecap({ recapIds: ["a"], changes: [] }, 1)).toBe(false);
  });

  it("sums up recaps and board changes in one sentence", () => {
    expect(digestDescription({ changes: [] }, 1)).toBe("1 recap; no leaderboard changes.");
    expect(digestDescription({ changes: [change(2, 1, true), change(1, 0, false)] }, 3)).toBe("3 recaps; 3 new leaderboard entries; 1 score change; a new leader on Index v1.");
    expect(digestDescription({ changes: [change(1, 0, false)] }, 1, 8)).toBe("1 recap; 1 new leaderboard entry; 8 data changes.");
    // A week that brought several boards a leader (the sample's week 48 of 2025: five) says so in the plural.
    expect(digestDescription({ changes: [change(1, 0, true, "v1"), change(1, 0, true, "v2"), change(1, 0, true, "v3")] }, 1)).toBe(
      "1 recap; 3 new leaderboard entries; new leaders on Index v1, Index v2 and Index v3.",
    );
    expect(digestDescription({ changes: [] }, 2, 1)).toBe("2 recaps; no leaderboard changes; 1 data change.");
    // After weeks without a digest, the window reaching back before the week is named; right after the previous week, not.
    const day = (d: string) => new Date(`${d}T00:00:00Z`);
    expect(digestDescription({ changes: [change(1, 0, false)], since: day("2026-07-19"), start: day("2026-08-17") }, 1, 12)).toBe(
      "1 recap; 1 new leaderboard entry; 12 data changes (leaderboards and data since 20 July 2026, after the previous digest).",
    );
    expect(digestDescription({ changes: [], since: day("2026-08-16"), start: day("2026-08-17") }, 1)).toBe("1 recap; no leaderboard changes.");
  });

  it("gives a score change's rank, and says so when the rank did not move", () => {
    const moved = (value: number, rank: number, previousRank: number, scoreChange: number) =>
      ({ entry: { rank, score: { value } }, previousRank, scoreChange }) as unknown as BoardChange["movements"][number];
    expect(movementText(moved(1365.2, 2, 1, 0.2), "elo")).toBe("1,365 (+0.2), rank 1 → 2");
    // The real LMArena history, week 9 of 2025: Gemini 2.0 Flash (001) gained 4 points and stayed 4th.
    expect(movementText(moved(1359, 4, 4, 4), "elo")).toBe("1,359 (+4), still rank 4");
  });

  it("calls a first place on a partial board first among the models registered here, never a leader", () => {
    const partial = { ...change(0, 1, true), outscoredBy: { contenders: [] } } as BoardChange;
    expect(digestDescription({ changes: [partial] }, 1)).toBe("1 recap; 1 score change; a new first among the models registered here on Index v1 (the board is partial).");
    const entry = { rank: 1, score: { value: 1339.5 } } as BoardChange["movements"][number]["entry"];
    expect(movementText({ entry, scoreChange: -0.6, previousRank: 1 }, "elo", true)).toBe("1,340 (−1), still rank 1 among the models registered here");
    expect(movementText({ entry, scoreChange: -0.6, previousRank: 1 }, "elo")).toBe("1,340 (−1), still rank 1");
    expect(rankText(1, true)).toBe("rank 1 among the models registered here");
    expect(rankText(2)).toBe("rank 2");
  });

  it("qualifies any rank a left-out row outranks, not the first place only", () => {
    expect(rankText(3, true)).toBe("rank 3 among the models registered here");
    const entry = { rank: 3, score: { value: 1300 } } as unknown as BoardChange["movements"][number]["entry"];
    expect(movementText({ entry, scoreChange: 2, previousRank: 5 }, "elo", true)).toBe("1,300 (+2), rank 5 → 3 among the models registered here");
    expect(movementText({ entry, scoreChange: 2, previousRank: 3 }, "elo", true)).toBe("1,300 (+2), still rank 3 among the models registered here");
  });
});
