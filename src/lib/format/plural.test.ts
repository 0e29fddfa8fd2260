import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("says one in the singular, any other count in the plural", () => {
    expect([plural(0, "model"), plural(1, "model"), plural(2, "entry", "entries")]).toEqual(["0 models", "1 model", "2 entries"]);
  });
});
