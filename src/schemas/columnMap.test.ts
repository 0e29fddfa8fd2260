import { describe, expect, it } from "vitest";
import { formatColumnMap, headersOfMap, parseColumnMap } from "./columnMap";

describe("parseColumnMap", () => {
  it("reads headers, constants, splits, skip_empty, date_format and ignore lists", () => {
    const text = "setting=Model before ' + '; model=Model after ' + '; score=% Resolved; source_url='https://www.swebench.com/'; evaluated_at=Date; date_format=D/M/Y; skip_empty=model; ignore=Logs|Trajs";
    expect(parseColumnMap(text)).toEqual({
      ok: true,
      value: {
        rename: { setting: "Model", model: "Model", score: "% Resolved", evaluated_at: "Date" },
        constants: { source_url: "https://www.swebench.com/" },
        splits: { setting: { part: "before", separator: " + " }, model: { part: "after", separator: " + " } },
        skipEmpty: ["model"],
        dateFormat: "D/M/Y",
        ignore: ["Logs", "Trajs"],
      },
    });
  });

  it("keeps an apostrophe inside a header", () => {
    expect(parseColumnMap("score=Humanity's Last Exam").ok && parseColumnMap("score=Humanity's Last Exam")).toMatchObject({ value: { rename: { score: "Humanity's Last Exam" } } });
  });

  it("refuses a malformed pair, a column mapped twice and an unknown date format, saying what to write", () => {
    expect(parseColumnMap("model")).toEqual({ ok: false, message: 'expected "column=Header" pairs separated by ";", found "model"' });
    expect(parseColumnMap("model=A; model=B")).toEqual({ ok: false, message: 'column "model" is mapped twice' });
    expect(parseColumnMap("date_format=DD.MM.YY hh")).toMatchObject({ ok: false, message: expect.stringContaining('date_format: unknown part "hh"') });
  });

  it("writes a map back as it reads it", () => {
    const text = "model=Model after ' + '; setting=Model before ' + '; score=Score; source_url='https://x.org/'; skip_empty=model; date_format=YYYYMMDD; ignore=id|Rank";
    const map = parseColumnMap(text);
    if (!map.ok) throw new Error(map.message);
    const again = parseColumnMap(formatColumnMap(map.value));
    expect(again).toEqual(map);
    expect(formatColumnMap(map.value)).toBe("model=Model after ' + '; setting=Model before ' + '; score=Score; source_url='https://x.org/'; skip_empty=model; date_format=YYYYMMDD; ignore=id|Rank");
    expect(headersOfMap(map.value)).toEqual(["Model", "Score", "id", "Rank"]);
  });
});
