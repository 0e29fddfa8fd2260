import { describe, expect, it } from "vitest";
import { runsOf } from "./runsOf";

describe("runsOf", () => {
  it("says models when each row is a model, runs of models when a model has several settings", () => {
    expect(runsOf([{ id: "a" }, { id: "b" }])).toBe("2 models");
    expect(runsOf([{ id: "a" }], "ranked ")).toBe("1 ranked model");
    expect(runsOf([{ id: "a" }, { id: "a" }, { id: "b" }], "ranked ")).toBe("3 ranked runs of 2 models");
    expect(runsOf([{ id: "a" }, { id: "a" }])).toBe("2 runs of 1 model");
    expect(runsOf([])).toBe("0 models");
  });
});
