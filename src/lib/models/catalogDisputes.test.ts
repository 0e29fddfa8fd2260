import { describe, expect, it } from "vitest";
import { parseCatalogDisputesCell } from "../../schemas/cells";
import { disputedClosed, openWeightsDispute, releasedDispute } from "./catalogDisputes";

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("catalog disputes", () => {
  it("reads the cell the import writes, and refuses what it does not write", () => {
    expect(parseCatalogDisputesCell("released=2023-03-14 (1 of 3)|open_weights=true (2 of 5)")).toEqual({ ok: true, value: { released: [{ date: day("2023-03-14"), listings: { n: 1, of: 3 } }], open_weights: { value: true, listings: { n: 2, of: 5 } } } });
    expect(parseCatalogDisputesCell(" released=2023-03-14 | released=2024-01-02 ")).toEqual({ ok: true, value: { released: [{ date: day("2023-03-14") }, { date: day("2024-01-02") }] } });
    expect(parseCatalogDisputesCell("released=2023-03-14 (4 of 3)").ok).toBe(false);
    expect(parseCatalogDisputesCell("licence=mit").ok).toBe(false);
    expect(parseCatalogDisputesCell("released=2023-02-30").ok).toBe(false);
    expect(parseCatalogDisputesCell("open_weights=true|open_weights=false").ok).toBe(false);
  });

  it("says a catalog row's fact is disputed, with what the other listings give and how many of its listings do (found in review: DeepSeek-V3 closed, GPT-4 released November 2023; one reseller among eighteen read as 'other listings')", () => {
    const gpt4 = { catalog: "models.dev", released: day("2023-11-06"), open_weights: false, catalog_disputes: { released: [{ date: day("2023-03-14"), listings: { n: 1, of: 3 } }] } };
    expect(releasedDispute(gpt4)).toEqual({ mark: "disputed", says: "of its 3 listings in models.dev dating the model itself (not a dated snapshot), 1 gives 14 March 2023" });
    expect(openWeightsDispute(gpt4)).toBeUndefined();
    const two = { ...gpt4, catalog_disputes: { released: [{ date: day("2024-12-01"), listings: { n: 1, of: 40 } }, { date: day("2026-01-10"), listings: { n: 2, of: 40 } }] } };
    expect(releasedDispute(two)?.says).toBe("of its 40 listings in models.dev dating the model itself (not a dated snapshot), 1 gives 1 December 2024 and 2 give 10 January 2026");
    // Every listing that dates the model itself gives the other day (Command R: the row's date is its August snapshot's).
    const commandR = { ...gpt4, released: day("2024-08-30"), catalog_disputes: { released: [{ date: day("2024-03-11"), listings: { n: 2, of: 2 } }] } };
    expect(releasedDispute(commandR)?.says).toBe("all 2 of its listings in models.dev dating the model itself (not a dated snapshot) give 11 March 2024; the date shown is that of a dated snapshot's listing");
    const commandRPlus = { ...commandR, catalog_disputes: { released: [{ date: day("2024-04-04"), listings: { n: 1, of: 1 } }] } };
    expect(releasedDispute(commandRPlus)?.says).toBe("its one listing in models.dev dating the model itself (not a dated snapshot) gives 4 April 2024; the date shown is that of a dated snapshot's listing");
    const v3 = { catalog: "models.dev", released: day("2024-12-26"), open_weights: false, catalog_disputes: { released: [], open_weights: { value: true, listings: { n: 1, of: 4 } } } };
    expect(openWeightsDispute(v3)).toEqual({ mark: "disputed", says: "of its 4 listings in models.dev, 1 says its weights are open" });
    // A cell written without counts (by hand, or before they were written) still reads.
    expect(releasedDispute({ ...gpt4, catalog_disputes: { released: [{ date: day("2023-03-14") }] } })?.says).toBe("models.dev's other listings of it give 14 March 2023");
  });

  it("says nothing of an editor's row (its catalog cell emptied: the editor settled it), or of a flag the row already has", () => {
    expect(releasedDispute({ catalog: undefined, released: day("2023-03-14"), catalog_disputes: { released: [{ date: day("2023-11-06") }] } })).toBeUndefined();
    expect(openWeightsDispute({ catalog: "models.dev", open_weights: true, catalog_disputes: { released: [], open_weights: { value: true } } })).toBeUndefined();
  });
});

describe("disputedClosed", () => {
  it("names, once each, the models counted closed that other listings call open; not an open model whose listings say closed (found in review)", () => {
    const model = (id: string, open: boolean, other?: boolean): { id: string; open_weights: boolean; catalog?: string; catalog_disputes?: { released: { date: Date }[]; open_weights?: { value: boolean } } } => ({
      id,
      open_weights: open,
      catalog: "models.dev",
      catalog_disputes: other === undefined ? undefined : { released: [], open_weights: { value: other } },
    });
    const v3 = model("deepseek-v3", false, true);
    const entries = [{ model: model("gpt-5", false) }, { model: v3 }, { model: v3 }, { model: model("qwen3", true, false) }, { model: { ...model("mine", false, true), catalog: undefined } }];
    expect(disputedClosed(entries).map((m) => m.id)).toEqual(["deepseek-v3"]);
  });
});
