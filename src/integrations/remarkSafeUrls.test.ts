import { compile } from "@mdx-js/mdx";
import { describe, expect, it } from "vitest";
import { InputError } from "../lib/errors";
import { remarkSafeUrls } from "./remarkSafeUrls";

/** Compiles an MDX body the way @astrojs/mdx does, with the plugin, as the file /site/content/recaps/x.mdx. */
const compileRecap = (body: string) => compile({ value: body, path: "/site/content/recaps/x.mdx" }, { remarkPlugins: [[remarkSafeUrls, { displayRoot: "/site" }]] });

describe("remarkSafeUrls (the MDX pipeline)", () => {
  it("fails the compile with file:line for a literal javascript: href, a data: image and a javascript: link", async () => {
    const body = ["", "", "", "Fine [link](https://example.org/).", "", '<a href="&#106;avascript:alert(1)">x</a>', "", "![pixel](data:image/png;base64,AAAA)", "", "[y](JAVASCRIPT:alert(1))"].join("\n");
    const error = await compileRecap(body).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => `${p.file}:${p.line}: ${p.message.split(":")[0]}`)).toEqual([
      // MDX decodes the character reference, as JSX does: the check sees what the page would get.
      'content/recaps/x.mdx:6: <a href="javascript',
      'content/recaps/x.mdx:8: image "data',
      'content/recaps/x.mdx:10: link "JAVASCRIPT',
    ]);
  });

  it("passes http(s), mailto, site paths and expressions (code is trusted, see docs/security.md)", async () => {
    await expect(compileRecap('[a](https://x.example/) [b](mailto:a@x.example) [c](/models/) <a href={"javascript:" + "x"}>d</a>')).resolves.toBeDefined();
  });
});
