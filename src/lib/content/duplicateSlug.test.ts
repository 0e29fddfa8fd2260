import { describe, expect, it } from "vitest";
import { formatProblem } from "../errors";
import { duplicateSlugProblem } from "./duplicateSlug";

describe("duplicateSlugProblem", () => {
  it("names both files and points at the slug field", () => {
    const source = "---\ntitle: B\ndate: 2026-02-18\nslug: same-slug\n---\n";
    expect(formatProblem(duplicateSlugProblem({ id: "same-slug", file: "content/recaps/b.md", source, owner: "content/recaps/a.md" }))).toBe(
      'content/recaps/b.md:4 field "slug": duplicate slug "same-slug": content/recaps/a.md already uses it; give one of them another file name or slug',
    );
  });
});
