import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildStampFile, inputsFingerprint, staleBuild, writeBuildStamp } from "./buildStamp";

const FLAGS = ["--expose-gc"];
let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** A site folder with content, code and a built dist/, stamped as `npm run build` stamps it. */
function stampedSite(): { out: string } {
  site = mkdtempSync(join(tmpdir(), "bd-stamp-"));
  for (const [path, text] of Object.entries({
    "content/recaps/a.md": "---\ntitle: A\n---\nText.\n",
    "src/pages/index.astro": "<p>home</p>",
    "node_modules/.package-lock.json": '{"packages":{}}',
    "dist/index.html": "<p>home</p>",
  })) {
    mkdirSync(join(site, path, ".."), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  const out = join(site, "dist");
  writeBuildStamp(site, out, inputsFingerprint(site, out, FLAGS, {}));
  return { out };
}

describe("the build stamp (npm test reuses npm run build's dist/ only when it is the site of the files as they are)", () => {
  it("finds a stamped, untouched build current, and keeps the stamp out of the site", () => {
    const { out } = stampedSite();
    expect(staleBuild(site, out, FLAGS, {})).toBeUndefined();
    expect(buildStampFile(site, out).startsWith(join(site, "node_modules/.cache/benchdigest/"))).toBe(true);
  });

  it("ignores what builds and tests write (caches, outputs, test results, logs, temporary folders) and what no build reads (tests, docs, the benchmark)", () => {
    const { out } = stampedSite();
    for (const path of ["node_modules/.vite/results.json", ".astro/data-store.json", "test-results/x.png", "vitest.log", ".dist-partial-123/index.html", ".git/index", "content/node_modules/x", "test/build.test.ts", "docs/editing.md", "bench/run.ts"]) {
      mkdirSync(join(site, path, ".."), { recursive: true });
      writeFileSync(join(site, path), "x");
    }
    expect(staleBuild(site, out, FLAGS, {})).toBeUndefined();
  });

  it.each([
    ["a recap edited", () => writeFileSync(join(site, "content/recaps/a.md"), "---\ntitle: B\n---\nText.\n")],
    ["a recap added", () => writeFileSync(join(site, "content/recaps/b.md"), "")],
    ["a file removed", () => rmSync(join(site, "src/pages/index.astro"))],
    ["a symlink added", () => symlinkSync("/elsewhere", join(site, "content/recaps/c.md"))],
    ["a log inside a folder (only the site folder's own logs are not inputs)", () => writeFileSync(join(site, "content/x.log"), "")],
    ["packages installed again", () => writeFileSync(join(site, "node_modules/.package-lock.json"), '{"packages":{"a":{}}}')],
    ["a folder named test inside the site's code (only the project's own test/ is not an input)", () => {
      mkdirSync(join(site, "src/test"), { recursive: true });
      writeFileSync(join(site, "src/test/x.ts"), "");
    }],
  ])("finds the build stale after %s", (_what, change) => {
    const { out } = stampedSite();
    change();
    expect(staleBuild(site, out, FLAGS, {})).toBe("the site's files, packages or build settings changed since");
  });

  it("finds the build stale under other build settings: a site URL, a BENCHDIGEST_ variable, other Node options", () => {
    const { out } = stampedSite();
    expect(staleBuild(site, out, FLAGS, { SITE_URL: "https://news.example.com" })).toBeDefined();
    expect(staleBuild(site, out, FLAGS, { BENCHDIGEST_FAST_MARKDOWN: "0" })).toBeDefined();
    // The search index's bundle size: another number, other bundles (pagefind-2/ ...) in dist/.
    expect(staleBuild(site, out, FLAGS, { BD_SEARCH_SHARD_BYTES: "400000" })).toBeDefined();
    expect(staleBuild(site, out, [], {})).toBeDefined();
    // Variables the build does not read change nothing.
    expect(staleBuild(site, out, FLAGS, { HOME: "/elsewhere" })).toBeUndefined();
  });

  it("finds the build stale when a file a symlink leads to out of the site changed (public/ copies what it holds)", () => {
    const shared = mkdtempSync(join(tmpdir(), "bd-stamp-shared-"));
    try {
      writeFileSync(join(shared, "logo.svg"), "<svg>one</svg>");
      site = mkdtempSync(join(tmpdir(), "bd-stamp-"));
      mkdirSync(join(site, "public"));
      symlinkSync(join(shared, "logo.svg"), join(site, "public/logo.svg"));
      mkdirSync(join(site, "dist"));
      writeFileSync(join(site, "dist/logo.svg"), "<svg>one</svg>");
      const out = join(site, "dist");
      writeBuildStamp(site, out, inputsFingerprint(site, out, FLAGS, {}));
      expect(staleBuild(site, out, FLAGS, {})).toBeUndefined();
      writeFileSync(join(shared, "logo.svg"), "<svg>two</svg>");
      expect(staleBuild(site, out, FLAGS, {})).toBe("the site's files, packages or build settings changed since");
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it("finds the build stale when its output changed since, or is gone, or was never stamped", () => {
    const { out } = stampedSite();
    utimesSync(join(out, "index.html"), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(staleBuild(site, out, FLAGS, {})).toBe("dist/ changed since");
    writeBuildStamp(site, out, inputsFingerprint(site, out, FLAGS, {}));
    writeFileSync(join(out, "extra.html"), "");
    expect(staleBuild(site, out, FLAGS, {})).toBe("dist/ changed since");
    rmSync(out, { recursive: true });
    expect(staleBuild(site, out, FLAGS, {})).toBe("dist/ is missing");
    expect(staleBuild(site, join(site, "elsewhere"), FLAGS, {})).toBe("no npm run build has stamped elsewhere/");
  });
});
