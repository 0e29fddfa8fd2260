import { describe, expect, it } from "vitest";
import { parseCatalogDisputesCell } from "../../schemas/cells";
import { openWeightsDispute, releasedDispute } from "./catalogDisputes";

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("catalog disputes", () => {
  it("reads the cell the import writes, and refuses what it does not write", () => {
    expect(parseCatalogDisputesCell("released=2023-03-14|open_weights=true")).toEqual({ ok: true, value: { released: [day("2023-03-14")], open_weights: true } });
    expect(parseCatalogDisputesCell(" released=2023-03-14 | released=2024-01-02 ")).toEqual({ ok: true, value: { released: [day("2023-03-14"), day("2024-01-02")] } });
    expect(parseCatalogDisputesCell("licence=mit").ok).toBe(false);
    expect(parseCatalogDisputesCell("released=2023-02-30").ok).toBe(false);
    expect(parseCatalogDisputesCell("open_weights=true|open_weights=false").ok).toBe(false);
  });

  it("says a catalog row's fact is disputed, with what the other listings give (found in review: DeepSeek-V3 closed, GPT-4 released November 2023)", () => {
    const gpt4 = { catalog: "models.dev", released: day("2023-11-06"), open_weights: false, catalog_disputes: { released: [day("2023-03-14")] } };
    expect(releasedDispute(gpt4)).toEqual({ mark: "disputed", says: "models.dev's other listings of it give 14 March 2023" });
    expect(openWeightsDispute(gpt4)).toBeUndefined();
    const v3 = { catalog: "models.dev", released: day("2024-12-26"), open_weights: false, catalog_disputes: { released: [], open_weights: true } };
    expect(openWeightsDispute(v3)).toEqual({ mark: "disputed", says: "models.dev's other listings of it say its weights are open" });
  });

  it("says nothing of an editor's row (its catalog cell emptied: the editor settled it), or of a flag the row already has", () => {
    expect(releasedDispute({ catalog: undefined, released: day("2023-03-14"), catalog_disputes: { released: [day("2023-11-06")] } })).toBeUndefined();
    expect(openWeightsDispute({ catalog: "models.dev", open_weights: true, catalog_disputes: { released: [], open_weights: true } })).toBeUndefined();
  });
});
