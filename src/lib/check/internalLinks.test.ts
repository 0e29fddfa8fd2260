import { describe, expect, it } from "vitest";
import { formatFinding } from "./findings";
import { internalLinkFinding, sitePathOf, type LinkUse } from "./internalLinks";
import { buildAliasIndex } from "../data/aliasIndex";
import { builtPages, checkedPages } from "./knownPages";

const link = (url: string, line = 5): LinkUse => ({ url, where: `link ${JSON.stringify(url)}`, use: "link", line });
const image = (url: string, line = 5): LinkUse => ({ url, where: `image ${JSON.stringify(url)}`, use: "image", line });

/** A built site's files, as the build's check reads them (relative to dist/). */
const built = builtPages(
  ["index.html", "recaps/index.html", "recaps/2026-02-17-sonnet-lands/index.html", "recaps/2026/index.html", "models/claude-sonnet-4-6/index.html", "models/gpt-5/index.html", "topics/agents/index.html", "rss.xml", "og-default.png", "issues/old/index.html"],
  { unknown: ["/pagefind/"], drafts: new Map([["/recaps/2026-02-19-draft/", "content/recaps/2026-02-19-draft.md"]]) },
);
const lines = (links: LinkUse[], known = built, page?: string) => links.flatMap((l) => internalLinkFinding(l, "content/recaps/x.md", known, { page })).map(formatFinding);

describe("sitePathOf", () => {
  it("takes the path of a root-relative URL, without query or fragment, decoded and with dot segments resolved", () => {
    expect(sitePathOf("/recaps/x/?utm=1#top")).toBe("/recaps/x/");
    expect(sitePathOf(" /topics/caf%C3%A9/ ")).toBe("/topics/café/");
    expect(sitePathOf("/recaps/a/../b/")).toBe("/recaps/b/");
    // A stray `%` is compared as written.
    expect(sitePathOf("/100%/")).toBe("/100%/");
  });
  it("leaves other sites, schemes, anchors and relative links alone; `../` only from a known page", () => {
    for (const url of ["https://x.org/a/", "//cdn.x.org/a.png", "#top", "?q=1", "mailto:a@b.org", "notes", "./x", "../y/"]) expect(sitePathOf(url), url).toBeUndefined();
    expect(sitePathOf("../2026-01-01-x/", { page: "/recaps/2026-02-02-y/" })).toBe("/recaps/2026-01-01-x/");
  });
  it("takes a site's base off, and leaves a path outside it alone", () => {
    expect(sitePathOf("/news/recaps/x/", { base: "/news" })).toBe("/recaps/x/");
    expect(sitePathOf("/news/", { base: "/news/" })).toBe("/");
    expect(sitePathOf("/other/x/", { base: "/news" })).toBeUndefined();
  });
});

describe("internalLinkFinding against a built site", () => {
  it("reports a path the site has no page for, with the file:line, the link as written and what to do", () => {
    expect(lines([link("/recaps/2026-99-99-nope/"), { url: "/recaps/nope/", where: '<a href="/recaps/nope/">', use: "link", line: 9 }])).toEqual([
      'content/recaps/x.md:5: warning: link "/recaps/2026-99-99-nope/" leads to /recaps/2026-99-99-nope/, where the site has no page; correct the path (copy it from the address bar of the page you mean), or remove the link',
      'content/recaps/x.md:9: warning: <a href="/recaps/nope/"> leads to /recaps/nope/, where the site has no page; correct the path (copy it from the address bar of the page you mean), or remove the link',
    ]);
  });
  it("proposes the one page of the same folder a few edits away, never a page that merely contains the name", () => {
    expect(lines([link("/models/claude-sonet-4-6/")])).toEqual([
      'content/recaps/x.md:5: warning: link "/models/claude-sonet-4-6/" leads to /models/claude-sonet-4-6/, where the site has no page; did you mean /models/claude-sonnet-4-6/? Otherwise correct the path (copy it from the address bar of the page you mean), or remove the link',
    ]);
    expect(lines([link("/Topics/Agent")])[0]).toContain("leads to /Topics/Agent, where the site has no page; correct the path");
    expect(lines([link("/topics/agent/")])[0]).toContain("did you mean /topics/agents/?");
    // `/recaps/2026/` holds "2026" but is not what `/recaps/2026-99-99-nope/` means.
    expect(lines([link("/recaps/2026-99-99-nope/")])[0]).not.toContain("did you mean");
  });
  it("names an image's missing file, and a link to a draft's page as a draft's", () => {
    expect(lines([image("/og-defualt.png"), link("/recaps/2026-02-19-draft/#x")])).toEqual([
      'content/recaps/x.md:5: warning: image "/og-defualt.png" leads to /og-defualt.png, where the site has no file; did you mean /og-default.png? Otherwise correct the path, or remove the image',
      'content/recaps/x.md:5: warning: link "/recaps/2026-02-19-draft/#x" leads to /recaps/2026-02-19-draft/, the page of a draft (content/recaps/2026-02-19-draft.md), which is not published: publish that recap, or remove the link until it is',
    ]);
  });
  it("passes pages and files that exist, compared by path (query, fragment, trailing slash, index.html), old paths, and what is written later", () => {
    const fine = ["/", "/recaps/2026-02-17-sonnet-lands/?utm=x#top", "/recaps/2026-02-17-sonnet-lands", "/recaps/2026-02-17-sonnet-lands/index.html", "/rss.xml", "/issues/old/", "/pagefind/pagefind.js", "/models/gpt-5/#scores"];
    expect(lines(fine.map((u) => link(u)))).toEqual([]);
    expect(lines([link("../2026-02-17-sonnet-lands/")], built, "/recaps/2026-03-01-x/")).toEqual([]);
    expect(lines([link("../2026-02-18-nope/")], built, "/recaps/2026-03-01-x/")[0]).toContain('link "../2026-02-18-nope/" leads to /recaps/2026-02-18-nope/, where the site has no page');
  });
});

describe("internalLinkFinding against what the check knows without building", () => {
  const recaps = [
    {
      id: "2026-02-17-sonnet-lands",
      file: "content/recaps/2026-02-17-sonnet-lands.md",
      // Label pages: a family, a product's other name, a label whose slug is a model's id (`grok-x`:
      // the page takes `grok-x-label`); `gpt-5` and `Grok X` name models and get none.
      data: { topics: ["Agents", "agentic-coding"], companies: ["x-ai"], redirect_from: ["/issues/old"], models: ["Llama 3", "ChatGPT-Plus", "grök-x", "gpt-5", "Grok X"] },
    },
    { id: "2026-02-19-draft", file: "content/recaps/2026-02-19-draft.md", data: { draft: true, topics: ["secret"], models: ["Mystery Model"] } },
  ];
  const models = ["claude-sonnet-4-6", "gpt-5", "grok-x", "llama-3-8b", "llama-3-70b"];
  const data = {
    modelIds: models,
    benchmarks: [
      { id: "aa-index", version: "v3.0" },
      { id: "aa-index", version: "v4.0" },
    ],
    tagAliases: [{ type: "companies" as const, alias: "x-ai", canonical: "xai" }],
    aliases: buildAliasIndex(
      models.map((id) => ({ id, aliases: [] })),
      [{ id: "chatgpt", aliases: ["chatgpt-plus"] }],
    ).index,
  };
  const known = checkedPages(recaps, data);
  const broken = (url: string) => lines([link(url)], known).length === 1;

  it("reports recap, model, board and tag pages that will not exist", () => {
    for (const url of ["/recaps/2026-99-99-nope/", "/recaps/nope", "/models/claude-sonet-4-6/", "/models/nope/rss.xml", "/leaderboards/aa-indx/", "/leaderboards/aa-index/v9/", "/leaderboards/aa-index/v9.9/", "/leaderboards/aa-index/v4.1/", "/models/gpt-5.5/", "/leaderboards/nope/v1/labs/x/", "/topics/agent/", "/topics/secret/", "/companies/x-ai/", "/topics/nope/2/"]) expect(broken(url), url).toBe(true);
    expect(lines([link("/recaps/2026-02-19-draft/")], known)[0]).toContain("the page of a draft (content/recaps/2026-02-19-draft.md)");
  });
  it("knows the label pages the build writes, at the build's slugs (buildLabelPages over the published recaps' labels), and no other", () => {
    for (const url of ["/models/llama-3/", "/models/chatgpt/", "/models/grok-x-label/"]) expect(broken(url), url).toBe(false);
    // A label's slug with a suffix the build did not give it (these passed while the check guessed
    // slugs from the labels, accepting any `-label` suffix), a label only a draft uses, a label
    // that names a model.
    for (const url of ["/models/llama-3-label/", "/models/grok-x-label-2/", "/models/mystery-model/", "/models/chatgpt-plus/"]) expect(broken(url), url).toBe(true);
    expect(lines([link("/models/llama-3-label/")], known)).toEqual(['content/recaps/x.md:5: warning: link "/models/llama-3-label/" leads to /models/llama-3-label/, where the site has no page; correct the path (copy it from the address bar of the page you mean), or remove the link']);
  });
  it("passes the pages it knows, old paths and the archive", () => {
    for (const url of ["/recaps/", "/recaps/2026-02-17-sonnet-lands/", "/issues/old/", "/models/gpt-5/", "/models/llama-3/", "/models/chatgpt/", "/leaderboards/aa-index/", "/leaderboards/aa-index/v3.0/", "/topics/agents/", "/topics/agentic-coding/", "/companies/xai/"]) expect(broken(url), url).toBe(false);
  });
  it("says nothing about paths it cannot know: archive pages, feeds, board views and later pages of pages that exist, files, other folders", () => {
    for (const url of ["/recaps/2026/", "/recaps/2/", "/recaps/2026/02/", "/models/gpt-5/rss.xml", "/leaderboards/aa-index/v4.0/open-weights/", "/topics/agents/2/", "/topics/all/a/", "/recaps/x/chart.png", "/models/gpt-5/card.png", "/labs/nope/", "/digests/nope/", "/nothing/here/"]) expect(broken(url), url).toBe(false);
  });
  it("without the data (a CSV does not load), judges recap pages only", () => {
    const recapsOnly = checkedPages(recaps);
    expect(lines([link("/recaps/nope/"), link("/models/nope/"), link("/topics/nope/")], recapsOnly)).toHaveLength(1);
  });
});
