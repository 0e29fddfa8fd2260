import { describe, expect, it } from "vitest";
import { formatProblem } from "../errors";
import { collectRedirects, redirectKey, redirectsFile } from "./redirects";

const pagePath = (id: string) => `/recaps/${id}/`;

describe("collectRedirects", () => {
  it("leads each old path to its recap, with the site's trailing slash", () => {
    const { redirects, problems } = collectRedirects(
      [
        { id: "2024-04-02-not-much-happened-today", file: "a.md", redirectFrom: ["/issues/24-04-02-ainews-not-much-happened-today/", "/archive/ainews-not-much-8015"] },
        { id: "2024-04-03-x", file: "b.md", redirectFrom: ["/old/x.html", "/old/x.html"] },
      ],
      { pagePath },
    );
    expect(problems).toEqual([]);
    expect(redirects).toEqual([
      { from: "/issues/24-04-02-ainews-not-much-happened-today/", to: "/recaps/2024-04-02-not-much-happened-today/" },
      { from: "/archive/ainews-not-much-8015/", to: "/recaps/2024-04-02-not-much-happened-today/" },
      { from: "/old/x.html", to: "/recaps/2024-04-03-x/" },
    ]);
    expect(redirectsFile(redirects)).toBe(
      "/issues/24-04-02-ainews-not-much-happened-today/ /recaps/2024-04-02-not-much-happened-today/ 301\n/archive/ainews-not-much-8015/ /recaps/2024-04-02-not-much-happened-today/ 301\n/old/x.html /recaps/2024-04-03-x/ 301\n",
    );
  });

  it("refuses one old path for two recaps, and an old path that is a page of the site", () => {
    const { redirects, problems } = collectRedirects(
      [
        { id: "a", file: "content/recaps/a.md", lines: [6], redirectFrom: ["/issues/x/"] },
        { id: "b", file: "content/recaps/b.md", lines: [7, 8, 9], redirectFrom: ["/issues/x", "/recaps/a/", "/topics/"] },
      ],
      { pagePath, sitePaths: new Set(["/topics/"]) },
    );
    expect(redirects).toEqual([{ from: "/issues/x/", to: "/recaps/a/" }]);
    expect(problems.map(formatProblem)).toEqual([
      'content/recaps/b.md:7 field "redirect_from": the old path /issues/x is also in the redirect_from of content/recaps/a.md:6; one old path can lead to one recap only: remove it from one of them',
      'content/recaps/b.md:8 field "redirect_from": the old path /recaps/a/ is a page of this site; a redirect there would hide it: remove it from redirect_from',
      'content/recaps/b.md:9 field "redirect_from": the old path /topics/ is a page of this site; a redirect there would hide it: remove it from redirect_from',
    ]);
  });

  it("compares paths with and without the trailing slash as one", () => {
    expect(redirectKey("/issues/x")).toBe("/issues/x/");
    expect(redirectKey("/issues/x/")).toBe("/issues/x/");
    expect(redirectKey("/old.html")).toBe("/old.html");
  });
});
