import { evaluate } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { remarkLocatedExpressions } from "./remarkLocatedExpressions";

/** A JSX runtime that returns children as they are, enough to run an MDX module's expressions. */
const runtime = { Fragment: "fragment", jsx: (_type: unknown, props: { children?: unknown }) => props.children, jsxs: (_type: unknown, props: { children?: unknown }) => props.children };

async function render(body: string, components: Record<string, unknown> = {}): Promise<unknown> {
  const mod = await evaluate({ value: body, path: "/site/content/recaps/x.mdx" }, { ...runtime, remarkPlugins: [[remarkLocatedExpressions, { displayRoot: "/site" }]] } as never);
  return (mod.default as (props: object) => unknown)({ components });
}

describe("remarkLocatedExpressions", () => {
  it("names the recap's file and line when an expression throws while the page renders", async () => {
    await expect(render("\n\n\n\nText\n\n{undefined.x}\n")).rejects.toThrow("content/recaps/x.mdx:7: the expression {undefined.x} failed: Cannot read properties of undefined (reading 'x')");
    await expect(render("<Box top={JSON.parse('{')} />", { Box: () => null })).rejects.toThrow(/^content\/recaps\/x\.mdx:1: the expression \{JSON\.parse\('\{'\)\} failed: /);
  });

  it("leaves what expressions evaluate to unchanged", async () => {
    expect(await render("a {[1, 2].map((x) => x * 2).join(',')} b")).toEqual(["a ", "2,4", " b"]);
    expect(await render("{/* a comment */}x")).toEqual("x");
  });
});
