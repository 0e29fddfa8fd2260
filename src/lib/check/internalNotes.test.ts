import { describe, expect, it } from "vitest";
import { internalNoteFindings } from "./internalNotes";
import type { Result } from "../../schemas/result";

const row = (
  line: number,
  note: string | undefined,
  file = "data/results/aa.csv",
): Result =>
  ({
    benchmark: "aa",
    version: "v1",
    model: "m",
    modelAsWritten: "m",
    score: 1,
    evaluated_at: new Date("2026-02-18"),
    source_url: "https://example.org/",
    note,
    file,
    line,
  }) as Result;

describe("internalNoteFindings", () => {
  it("warns once per file and tag of notes that start like an editor's tag, listing their lines", () => {
    const findings = internalNoteFindings(
      [
        row(2, "tier: AA-direct"),
        row(3, "tier: reddit-post; index version stated"),
        row(4, "tiers: reddit-post (score)"),
        row(5, undefined),
      ],
      () => "note",
    );
    expect(
      findings.map((f) => [
        f.line,
        f.column,
        f.code,
        f.places?.map((p) => p.line),
      ]),
    ).toEqual([
      [2, "note", "note-looks-internal", [2, 3]],
      [4, "note", "note-looks-internal", [4]],
    ]);
    expect(findings[0].message).toBe(
      `the note "tier: AA-direct" (and 1 more starting "tier:", lines 2, 3) reads like an editor's tag, and a note is shown to readers: under the board, on the model's page, in the data changes and in the board's download. Keep in note only a caveat for readers; move what is for editors to an editor_note column (the site never shows it: docs/editing.md#notes-for-readers-and-for-editors)`,
    );
  });

  it("leaves a publisher's caveat alone, URLs in it included, and names a mapped file's own column", () => {
    const caveats = [
      "Unknown thinking token budget",
      "Announcement clarifies this is with no thinking: https://factory.ai/news/terminal-bench",
      "https://example.org/x",
      "Assuming medium: GPT-5 ran at medium",
    ];
    expect(
      internalNoteFindings(
        caveats.map((n, i) => row(i + 2, n)),
        () => "Notes",
      ),
    ).toEqual([]);
    expect(
      internalNoteFindings(
        [row(7, "todo: ask Epoch", "data/results/tb.csv")],
        () => "Notes",
      )[0],
    ).toMatchObject({ file: "data/results/tb.csv", line: 7, column: "Notes" });
  });
});
