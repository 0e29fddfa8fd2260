import { describe, expect, it } from "vitest";
import { MEASURED_BY } from "../../schemas/result";
import { MEASURED_BY_LABELS } from "./measuredBy";

describe("MEASURED_BY_LABELS", () => {
  it("labels every value of the column, each with a title that explains it", () => {
    expect(Object.keys(MEASURED_BY_LABELS).sort()).toEqual([...MEASURED_BY].sort());
    expect(MEASURED_BY_LABELS.lab).toEqual({ badge: "lab's claim", title: "claimed by the lab that made the model, not independently measured" });
    for (const v of MEASURED_BY) expect(MEASURED_BY_LABELS[v].title.length).toBeGreaterThan(10);
  });
});
