import { describe, expect, it } from "vitest";
import { recapId } from "./recapId";

describe("recapId (mirrors Astro's glob loader ids)", () => {
  it("uses the file name without extension, slugged", () => {
    expect(recapId("2026-02-17-sonnet-lands.mdx", {})).toBe("2026-02-17-sonnet-lands");
    expect(recapId("2026-02-17-Sonnet Lands!.md", {})).toBe("2026-02-17-sonnet-lands");
    expect(recapId("2026/02-17-x.md", {})).toBe("2026/02-17-x");
    expect(recapId("2026/index.md", {})).toBe("2026");
  });

  it("prefers the slug field", () => {
    expect(recapId("2026-02-17-x.md", { slug: "sonnet" })).toBe("sonnet");
    expect(recapId("2026-02-17-x.md", { slug: "" })).toBe("2026-02-17-x");
  });
});
