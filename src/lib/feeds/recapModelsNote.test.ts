import { describe, expect, it } from "vitest";
import { recapModelsNote } from "./recapModelsNote";

describe("recapModelsNote", () => {
  it("links each model once, in the recap's order, then the other names, escaped", () => {
    expect(
      recapModelsNote(
        [
          { text: "GPT-5", href: "/models/gpt-5/" },
          { text: "Claude <Opus> 4.6", href: "/models/claude-opus-4-6/" },
          { text: "GPT-5", href: "/models/gpt-5/" },
        ],
        [{ text: "Llama 4", href: "/models/llama-4/" }, { text: "Qwen & co" }],
      ),
    ).toBe(
      '<p class="models-note">Models in this recap: <a href="/models/gpt-5/">GPT-5</a>, <a href="/models/claude-opus-4-6/">Claude &lt;Opus&gt; 4.6</a>. ' +
        'Also mentioned: <a href="/models/llama-4/">Llama 4</a>, Qwen &amp; co.</p>',
    );
  });
  it("says only what there is, and nothing for a recap that names no model", () => {
    expect(recapModelsNote([], [{ text: "Gemini" }])).toBe('<p class="models-note">Also mentioned: Gemini.</p>');
    expect(recapModelsNote([], [])).toBe("");
  });
});
