import { describe, expect, it } from "vitest";
import { buildAliasIndex } from "../data/aliasIndex";
import { standInNotes } from "./standInNotes";

describe("standInNotes", () => {
  it("names the rows read as another registry row for want of their own, with the command that registers the model (helper-80)", () => {
    const { index } = buildAliasIndex([
      { id: "llama-2-7b-chat-fp16", aliases: [], line: 2 },
      { id: "gpt-4o", aliases: [], line: 3 },
    ]);
    const file = "data/results/arena.csv";
    const row = (modelAsWritten: string, model: string, f = file) => ({ file: f, model, modelAsWritten });
    const results = [row("llama-2-7b-chat", "llama-2-7b-chat-fp16"), row("llama-2-7b-chat", "llama-2-7b-chat-fp16"), row("gpt-4o", "gpt-4o"), row("llama-2-7b-chat", "llama-2-7b-chat-fp16", "data/results/other.csv")];
    expect(index.match("llama-2-7b-chat")).toMatchObject({ kind: "model", id: "llama-2-7b-chat-fp16" });
    expect(standInNotes(results, file, (label) => index.match(label), () => "Meta")).toEqual([
      `2 rows name "llama-2-7b-chat", which the site reads as llama-2-7b-chat-fp16 (the registry's only row of it, served in one number format); the board shows llama-2-7b-chat-fp16's release date and open weights for them: if it is a model of its own, register it and its rows then name it: npm run models -- add llama-2-7b-chat --lab Meta --open-weights TRUE-OR-FALSE --released YYYY-MM-DD --force`,
    ]);
    // A name read as itself says nothing.
    expect(standInNotes([row("gpt-4o", "gpt-4o")], file, (label) => index.match(label), () => "OpenAI")).toEqual([]);
  });
});
