import { describe, expect, it } from "vitest";
import { modelsWithPages } from "./modelPages";

describe("modelsWithPages", () => {
  it("gives a page to every editor's row, and to a catalog row only once a result or a recap names it", () => {
    const models = [{ id: "editor" }, { id: "editor-too", catalog: "" }, { id: "scored", catalog: "models.dev" }, { id: "silent", catalog: "models.dev" }];
    expect([...modelsWithPages(models, { named: new Set(["scored"]) })]).toEqual(["editor", "editor-too", "scored"]);
  });
});
