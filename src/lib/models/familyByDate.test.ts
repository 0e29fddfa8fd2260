import { describe, expect, it } from "vitest";
import { membersReleasedBy } from "./familyByDate";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const models = [
  { id: "llama-3-8b", released: d("2024-04-18") },
  { id: "llama-3-70b", released: d("2024-04-18") },
  { id: "llama-3-1-405b", released: d("2024-07-23") },
  { id: "llama-3-2-1b" },
];
const members = ["llama-3-8b", "llama-3-70b", "llama-3-1-405b", "llama-3-2-1b"];

describe("membersReleasedBy", () => {
  it("lists the members released on or before the recap's day, and apart those with no release date", () => {
    expect(membersReleasedBy(members, models, d("2024-04-26"))).toEqual({ released: ["llama-3-70b", "llama-3-8b"], undated: ["llama-3-2-1b"] });
    // The release day itself counts, whatever the hour.
    expect(membersReleasedBy(members, models, new Date("2024-04-18T06:00:00Z")).released).toEqual(["llama-3-70b", "llama-3-8b"]);
    expect(membersReleasedBy(members, models, d("2024-04-17")).released).toEqual([]);
    expect(membersReleasedBy(members, models, d("2025-01-01")).released).toEqual(["llama-3-1-405b", "llama-3-70b", "llama-3-8b"]);
  });

  it("counts a member the registry does not hold as undated", () => {
    expect(membersReleasedBy(["gone"], models, d("2025-01-01"))).toEqual({ released: [], undated: ["gone"] });
  });
});
