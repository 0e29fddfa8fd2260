import { describe, expect, it } from "vitest";
import { catalogTitle } from "./catalogTitle";

describe("catalogTitle", () => {
  it("names the catalogs the import reads as their publishers do, and any other cell as written", () => {
    expect(catalogTitle("openrouter")).toBe("OpenRouter");
    expect(catalogTitle("models.dev")).toBe("models.dev");
    expect(catalogTitle("huggingface")).toBe("huggingface");
  });
});
