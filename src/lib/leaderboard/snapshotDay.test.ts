import { describe, expect, it } from "vitest";
import { laterSnapshotDay } from "./snapshotDay";

describe("laterSnapshotDay", () => {
  const released = new Date("2024-04-03");
  it("is the snapshot's day when it falls after the release; a month snapshot counts from its first day", () => {
    expect(laterSnapshotDay("2025-01-25", released)).toEqual(new Date("2025-01-25"));
    expect(laterSnapshotDay("2024-08", released)).toEqual(new Date("2024-08-01"));
  });
  it("is undefined on the release day or before, for a snapshot that is no date, and without a release date", () => {
    expect(laterSnapshotDay("2024-04-03", released)).toBeUndefined();
    expect(laterSnapshotDay("2024-04", released)).toBeUndefined();
    expect(laterSnapshotDay("2023-12-01", released)).toBeUndefined();
    expect(laterSnapshotDay("preview", released)).toBeUndefined();
    // Google's stable version names no day: none is guessed for it.
    expect(laterSnapshotDay("002", released)).toBeUndefined();
    expect(laterSnapshotDay(undefined, released)).toBeUndefined();
    expect(laterSnapshotDay("2025-01-25", undefined)).toBeUndefined();
  });
});
