import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { DIST } from "../helpers/astro";
import { builtPages } from "../helpers/distPages";
import { REMOTE_IMAGES } from "../../src/config";

/**
 * The Content-Security-Policy, read statically on EVERY built page (the browser gate visits one
 * page per type and listens for violations; this catches the page it did not visit): one CSP
 * <meta> before any script or style, no 'unsafe-inline' or 'unsafe-eval', every inline script and
 * style allowed by its hash, and nothing the policy would block silently (inline event handlers,
 * style attributes, javascript: URLs).
 */

const pages = builtPages(DIST);
const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const NON_SCRIPT_TYPES = /^(application\/(ld\+)?json|text\/template|importmap)$/i;

/** Directive name -> sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Everything on one page the policy would block or that weakens it. */
function cspProblems(html: string): string[] {
  const { document } = parseHTML(html);
  const problems: string[] = [];
  const metas = [...document.querySelectorAll("meta[http-equiv]")].filter((m) => m.getAttribute("http-equiv")!.toLowerCase() === "content-security-policy");
  if (metas.length !== 1) return [`expected one CSP <meta>, found ${metas.length}`];
  const meta = metas[0];
  if (meta.parentElement?.tagName.toLowerCase() !== "head") problems.push("the CSP <meta> is not in <head>");
  const headChildren = [...document.head.children];
  // What comes before a <meta> policy is not governed by it: no script and no inline style may;
  // a stylesheet from the site itself may (Astro places the policy after the page's head slot).
  const escapes = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    if (tag === "script" || tag === "style") return true;
    return tag === "link" && /stylesheet|preload|modulepreload/i.test(el.getAttribute("rel") ?? "") && !(el.getAttribute("href") ?? "").startsWith("/");
  };
  const before = headChildren.slice(0, headChildren.indexOf(meta)).filter(escapes);
  if (before.length) problems.push(`${before[0].outerHTML.slice(0, 80)} comes before the CSP <meta> and escapes it`);

  const policy = parsePolicy(meta.getAttribute("content") ?? "");
  for (const required of ["default-src", "script-src", "style-src", "object-src", "base-uri"]) {
    if (!policy.has(required)) problems.push(`the policy has no ${required}`);
  }
  for (const [name, sources] of policy) {
    for (const weak of ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"]) {
      // data: images are harmless (inline SVG/PNG icons); data: scripts or styles are not. https:
      // images are the remote-image policy "load" (REMOTE_IMAGES in src/config.ts, docs/images.md),
      // and nothing else may name a whole scheme.
      const allowed = name === "img-src" && (weak === "data:" || (weak === "https:" && REMOTE_IMAGES === "load"));
      if (sources.includes(weak) && !allowed) problems.push(`${name} allows ${weak}`);
    }
  }
  if (policy.get("object-src")?.join(" ") !== "'none'") problems.push("object-src is not 'none'");
  const scriptSources = new Set(policy.get("script-src") ?? []);
  const styleSources = new Set(policy.get("style-src") ?? []);

  for (const script of document.querySelectorAll("script")) {
    const src = script.getAttribute("src");
    if (src !== null) {
      if (/^(https?:)?\/\//i.test(src) || /^(javascript|data):/i.test(src)) problems.push(`script from outside the site: ${src}`);
      continue;
    }
    if (NON_SCRIPT_TYPES.test(script.getAttribute("type") ?? "")) continue;
    const hash = sha256(script.textContent ?? "");
    if (!scriptSources.has(hash)) problems.push(`inline script not allowed by hash ${hash}: ${(script.textContent ?? "").slice(0, 80)}`);
  }
  for (const style of document.querySelectorAll("style")) {
    const hash = sha256(style.textContent ?? "");
    if (!styleSources.has(hash)) problems.push(`inline <style> not allowed by hash ${hash}: ${(style.textContent ?? "").slice(0, 80)}`);
  }
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`inline event handler <${el.tagName.toLowerCase()} ${name}="${attr.value.slice(0, 40)}">`);
      if (name === "style") problems.push(`style attribute (blocked by style-src) on <${el.tagName.toLowerCase()} style="${attr.value.slice(0, 60)}">`);
      if (["href", "src", "action", "formaction", "xlink:href"].includes(name) && /^\s*javascript:/i.test(attr.value)) problems.push(`javascript: URL in ${name}`);
    }
  }
  return problems;
}

describe("Content-Security-Policy on every built page", () => {
  it(`is strict and covers every inline script and style (${pages.length} pages)`, () => {
    expect(pages.length).toBeGreaterThan(0);
    const failures: Record<string, string[]> = {};
    for (const page of pages) {
      const problems = cspProblems(readFileSync(page.file, "utf8"));
      if (problems.length) failures[relative(DIST, page.file)] = [...new Set(problems)].slice(0, 8);
    }
    console.log(`[csp] ${pages.length} pages checked, ${Object.keys(failures).length} with problems`);
    expect(failures).toEqual({});
  });

  it("refuses what it should (the checker itself)", () => {
    const policy = `default-src 'self'; object-src 'none'; base-uri 'self'; script-src 'self'; style-src 'self' ${sha256("p{}")}`;
    const page = (body: string, head = "") =>
      `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;
    expect(cspProblems(page("<p>ok</p>", "<style>p{}</style>"))).toEqual([]);
    expect(cspProblems(page("<p>x</p>", "<style>q{}</style>"))[0]).toMatch(/inline <style> not allowed/);
    expect(cspProblems(page('<p onclick="x()">x</p>'))[0]).toMatch(/inline event handler/);
    expect(cspProblems(page('<p style="color:red">x</p>'))[0]).toMatch(/style attribute/);
    expect(cspProblems(page("<script>alert(1)</script>"))[0]).toMatch(/inline script not allowed/);
    expect(cspProblems(page('<a href="javascript:alert(1)">x</a>'))[0]).toMatch(/javascript: URL/);
    expect(cspProblems("<!doctype html><html><head></head><body></body></html>")).toEqual(["expected one CSP <meta>, found 0"]);
    const early = (head: string) => `<!doctype html><html><head>${head}<meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;
    expect(cspProblems(early('<link rel="stylesheet" href="/site.css">'))).toEqual([]);
    expect(cspProblems(early('<link rel="stylesheet" href="https://cdn.example.org/x.css">'))[0]).toMatch(/escapes it/);
    expect(cspProblems(early('<script src="/x.js"></script>'))[0]).toMatch(/escapes it/);
  });
});
