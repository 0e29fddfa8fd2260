import { describe, expect, it } from "vitest";
import { directHits, directHitsOf } from "./directHits";

describe("directHits", () => {
  const index = directHits(
    [
      { id: "gpt-4", name: "GPT-4", aliases: ["gpt-4-0613"] },
      { id: "mistral-large", name: "Mistral", aliases: [] },
    ],
    [{ name: "OpenAI" }, { name: "Mistral" }],
    (id) => `/models/${id}/`,
    (name) => `/labs/${name.toLowerCase()}/`,
  );

  it("names a model's page under its name, id and aliases, however the query spells them", () => {
    for (const query of ["gpt-4", "GPT 4", "gpt_4", " Gpt-4 ", "gpt-4-0613"]) expect(directHitsOf(index, query), query).toEqual([{ kind: "Model", label: "GPT-4", url: "/models/gpt-4/" }]);
    expect(directHitsOf(index, "openai")).toEqual([{ kind: "Lab", label: "OpenAI", url: "/labs/openai/" }]);
  });

  it("lists every page a name names, and nothing for a name that names none or a prefix", () => {
    expect(directHitsOf(index, "mistral").map((h) => h.url)).toEqual(["/models/mistral-large/", "/labs/mistral/"]);
    expect(directHitsOf(index, "gpt")).toEqual([]);
    expect(directHitsOf(index, "")).toEqual([]);
  });
});
