/**
 * A deterministic generator of synthetic newsletter archives for the build benchmark: recaps that
 * look like a daily AI newsletter (headings, long link lists, tables, blockquotes, code, model
 * mentions through aliases, frontmatter with models, topics, companies and people) plus a matching
 * `data/` folder (a model registry of a few hundred models with aliases, benchmarks and results)
 * that our loader accepts (docs/data-format.md).
 *
 * The output is a complete site folder (`content/recaps/` + `data/`): our site builds it as its
 * own Astro root with a copy of the project's code (scripts/lib/siteMirror.ts), the baseline blog
 * with `BENCH_CONTENT_DIR=<dir>/content/recaps`.
 * Every file comes from its own seeded PRNG stream, so the same options always give the same bytes
 * and recap `i` is the same file whatever the archive size.
 *
 * CLI: `npx tsx bench/generate.ts --n 250 --format md|mdx|mixed [--profile default|archive]
 * [--seed 7] [--out dir]` (profile `full` too) prints the folder it wrote.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Which kind of archive to generate. */
export type Profile =
  /** Every recap 5 to 250 KB, about 23 KB on average (a real archive's mean). */
  | "default"
  /**
   * The 700-recap archive profile of issue 7: most recaps 1 to 3 KB (frontmatter + summary), about
   * 160 in 700 of 20 to 250 KB, about 16 MB for 700, thousands of distinct tags and model labels.
   */
  | "archive"
  /**
   * Full-body issues as the newsletter publishes them (issue 15), modelled on the 30 issues of
   * `../shared/fixtures/ainews-full-sample/` as measured by bench/fixtureProfile.ts (see FULL):
   * sizes log-normal (median 160 KB, about 170 KB on average, 30 to 420 KB; 700 recaps are
   * 119 MB), recap sections of bold-led list items with nested items and links, `---` breaks,
   * blockquotes, a few images, raw-HTML "links mentioned" blocks in about 4 issues in 10, a few
   * code blocks; `.md` only.
   */
  | "full";

/**
 * The `full` profile's parameters, from `npx tsx bench/fixtureProfile.ts` on the 30 full-body
 * AINews issues (5.99 MB): sizes min 37.7 KB, median 213.8 KB, mean 199.5 KB, p90 287.5 KB, max
 * 365.5 KB, log-normal sigma 0.48. Per KB of body: 0.022 `#` headings, 0.118 `##`, 0.337 `###`,
 * 2.16 top-level list items, 1.25 nested items, 1.82 links, 0.010 images, 5.5 bold spans, 0.50
 * blockquote lines, 0.49 `---` breaks, 0.010 code fences (in 6 of 30 issues), 2.56 raw HTML tags
 * (only in the 13 issues of 2024-04 to 2025-03, as `<div class="linksMentioned">` blocks of a `<ul>`
 * of `<li><a href>` items, about one block per 7 KB). The sample holds no GFM tables; the profile
 * gives one issue in ten a small table all the same, so that the table rules are exercised.
 * The median is set below the sample's (160 instead of 182 KB) so that 700 issues come near the
 * real archive's size (issue 15: 126 MB for 701 issues, older ones being shorter): 119 MB.
 */
export const FULL = {
  sizeMedian: 160_000,
  sizeSigma: 0.48,
  sizeMin: 30_000,
  sizeMax: 420_000,
  /** Bytes of body per `#` part, `##` section and `###` subsection. */
  bytesPerH1: 45_000,
  bytesPerH2: 8_500,
  bytesPerH3: 3_000,
  /**
   * Share of issues with raw-HTML "links mentioned" blocks, and bytes of body after which the next
   * subsection gets one (subsections are about 3 KB, so one block per 6 to 7 KB, as measured).
   */
  htmlIssueShare: 13 / 30,
  bytesPerHtmlBlock: 4_000,
  /** Share of issues with code blocks, images per KB, issues with a table. */
  codeIssueShare: 6 / 30,
  imagesPerKb: 0.01,
  tableIssueShare: 0.1,
} as const;

/** Options of `generateSite`. */
export interface GenerateOptions {
  /** Number of recaps. @example 250 */
  count: number;
  /** File type of the recaps; `mixed` alternates. */
  format: "md" | "mdx" | "mixed";
  /** Size profile. Default `default`. */
  profile?: Profile;
  /** PRNG seed. Default 7. */
  seed?: number;
  /** Folder to write into (created). Default: a new temporary folder. */
  outDir?: string;
  /** Models in the registry. Default 300. */
  modelCount?: number;
}

/** What `generateSite` wrote. */
export interface GeneratedSite {
  /** The content root (holds `content/recaps` and `data`). */
  root: string;
  /** `root/content/recaps`. */
  recapsDir: string;
  /** Recap file names, oldest first. */
  files: string[];
  /** Total bytes of the recap files. */
  recapBytes: number;
  /** Number of distinct topics, companies, people and model labels used in frontmatter. */
  distinct: { topics: number; companies: number; people: number; models: number };
}

const defaults = { profile: "default" as Profile, seed: 7, modelCount: 300 };

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, one stream per file so that files do not depend on each other.

/** A seeded PRNG with the few draws the generator needs. */
class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Index in [0, n) with a Zipf-like skew: a few items are common, most are rare. */
  zipf(n: number, skew = 1.1): number {
    // Inverse of a continuous power law on [1, n + 1).
    const u = this.next();
    const a = 1 - skew;
    const x = Math.pow(u * (Math.pow(n + 1, a) - 1) + 1, 1 / a);
    return Math.min(n - 1, Math.floor(x) - 1);
  }
  /** Log-normal with the given median and shape. */
  logNormal(median: number, sigma: number): number {
    const u1 = Math.max(this.next(), 1e-12);
    const u2 = this.next();
    const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return median * Math.exp(sigma * z);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A stable seed for (seed, stream, index). */
function streamSeed(seed: number, stream: string, index: number): number {
  let h = 2166136261 ^ seed;
  for (const ch of `${stream}:${index}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Plain ASCII without `{`, `}`, `<` or `>` so that every file is valid MDX too.

const WORDS = (
  "model models agent agents benchmark benchmarks eval evals score scores token tokens cost costs latency context window " +
  "reasoning inference training pretraining finetuning dataset datasets release releases open weights API pricing " +
  "throughput GPU GPUs cluster clusters kernel kernels attention sparse dense mixture experts router routing memory " +
  "retrieval search tool tools call calls coding terminal harness scaffold leaderboard index frontier lab labs paper " +
  "papers preprint thread threads demo demos launch launches update updates version versions checkpoint checkpoints " +
  "distillation quantization serving provider providers cache caching prompt prompts chain thought trace traces " +
  "safety alignment policy policies rollout rollouts reward rewards verifier verifiers math science chemistry biology " +
  "vision audio video speech image images multimodal robotics planning browsing spreadsheet compiler repo repos"
).split(" ");
const VERBS = "ships releases beats trails matches tops posts reports claims doubles halves cuts raises tests ranks adds drops opens".split(" ");
const ADJECTIVES = (
  "new open small large fast cheap strong weak early late hybrid native long short private public sparse dense " +
  "agentic local remote stable noisy quiet busy careful bold modest steady rapid quantized distilled verified"
).split(" ");
const TOPIC_NOUNS = (
  "reasoning benchmarking agents coding evals inference pricing safety alignment retrieval multimodality robotics " +
  "distillation quantization serving tokenizers context memory planning tooling compute chips datacenters policy " +
  "licensing datasets synthetic-data post-training pretraining scaling interpretability speech video vision search " +
  "browsing spreadsheets math science biology chemistry law finance education healthcare security privacy"
).split(" ");
const NAME_PARTS = (
  "ada alan ana ben cara dev eli eva finn gus hana ian ivy jo kai lea leo lin max mei mia nia noa omar pia raj " +
  "ren rio sam sol tao tess uma val wen xia yan yuri zoe ari bo cy dot fay gil hal"
).split(" ");
const SYLLABLES = "ka lo mi ra ve to su ne da ri pa zo fe lu qu bi xo ny ga te".split(" ");
const LABS = [
  "Northwind AI", "Helix Labs", "Cobalt Research", "Tern Systems", "Quill AI", "Meridian", "Basalt Labs", "Lumen Works",
  "Orchid AI", "Vega Research", "Kestrel", "Marrow Labs", "Juniper AI", "Sable Systems", "Pallas Labs", "Riverbed AI",
  "Ember Research", "Alder Labs", "Corvid AI", "Halcyon", "Nimbus Labs", "Tidal AI", "Granite Research", "Wren Labs",
];
const FAMILIES = [
  "Orca", "Lyra", "Nova", "Atlas", "Echo", "Pike", "Rook", "Iris", "Opal", "Flux", "Sage", "Drift", "Kite", "Mira",
  "Onyx", "Pulse", "Quartz", "Rune", "Spark", "Terra", "Umbra", "Vale", "Wisp", "Zephyr", "Aster", "Bolt", "Cinder",
  "Dune", "Fable", "Glint", "Haze", "Ion", "Jade", "Koi", "Loom", "Moss", "Nexus", "Oak", "Prism", "Quill", "Reef",
  "Shale", "Tide", "Vireo", "Warden", "Yarrow", "Zinc", "Arbor", "Brisk", "Crest", "Delta", "Ember", "Fjord", "Gale",
  "Heron", "Inlet", "Jolt", "Kiln", "Lumen", "Mantle", "North", "Osprey",
];
const VARIANTS = ["", " Pro", " Flash", " Mini", " Max", " Lite"];
const LANGS = ["python", "typescript", "bash", "json", "yaml"];
const DOMAINS = ["x.com", "www.reddit.com", "arxiv.org", "github.com", "huggingface.co", "news.example.org", "blog.example.com"];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------
// The data folder.

/** One synthetic model with the names recaps use for it. */
interface SynthModel {
  id: string;
  name: string;
  lab: string;
  released: string;
  aliases: string[];
}

function isoDay(base: Date, days: number): string {
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

const ARCHIVE_START = new Date("2016-01-04T00:00:00Z");

function makeModels(count: number, seed: number): SynthModel[] {
  const rng = new Rng(streamSeed(seed, "models", 0));
  const models: SynthModel[] = [];
  const seen = new Set<string>();
  for (let i = 0; models.length < count; i++) {
    const family = FAMILIES[i % FAMILIES.length];
    const lab = LABS[FAMILIES.indexOf(family) % LABS.length];
    const generation = Math.floor(i / FAMILIES.length);
    const major = 1 + Math.floor(generation / 2);
    const minor = (generation % 2) * 5 + rng.int(0, 4);
    const variant = VARIANTS[rng.int(0, VARIANTS.length - 1)];
    const name = `${family} ${major}.${minor}${variant}`;
    const id = slug(name);
    if (seen.has(id)) continue;
    seen.add(id);
    // Releases over 3,800 days from ARCHIVE_START (to 2026-05), so that every report, up to about
    // 125 days after its model's release, is dated before today: data dated in the future is refused.
    const released = isoDay(ARCHIVE_START, Math.floor((i / count) * 3800) + rng.int(0, 20));
    const dated = `${slug(`${family}-${major}.${minor}${variant}`)}-${released.replaceAll("-", "")}`;
    models.push({ id, name, lab, released, aliases: [dated, `${slug(lab)}-${id}`] });
  }
  return models;
}

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
const csvLine = (cells: (string | number)[]) => cells.map(csvCell).join(",");

const BENCHMARKS = [
  { id: "synth-index", name: "Synthetic Intelligence Index", versions: ["v1.0", "v2.0"], unit: "points", direction: "higher", headline: true },
  { id: "synth-code", name: "Synthetic Coding Bench", versions: ["v1"], unit: "percent", direction: "higher", headline: false },
  { id: "synth-horizon", name: "Synthetic Time Horizon", versions: ["v1"], unit: "minutes", direction: "higher", headline: false },
  { id: "synth-arena", name: "Synthetic Arena", versions: ["v1"], unit: "elo", direction: "higher", headline: false },
] as const;

function writeData(dataDir: string, models: SynthModel[], seed: number): void {
  mkdirSync(join(dataDir, "results"), { recursive: true });
  const modelLines = [csvLine(["id", "name", "lab", "released", "open_weights", "aliases"])];
  models.forEach((m, i) => modelLines.push(csvLine([m.id, m.name, m.lab, m.released, i % 3 === 0 ? "true" : "false", m.aliases.join("|")])));
  writeFileSync(join(dataDir, "models.csv"), `${modelLines.join("\n")}\n`);

  const benchLines = [csvLine(["id", "name", "version", "unit", "direction", "description", "source_url", "license", "file", "as_of", "headline", "column_map"])];
  for (const b of BENCHMARKS) {
    for (const version of b.versions) {
      benchLines.push(csvLine([b.id, b.name, version, b.unit, b.direction, `${b.name}, a synthetic benchmark for the build benchmark, version ${version}.`, `https://bench.example.org/${b.id}`, "CC0 (synthetic)", `results/${b.id}.csv`, "", b.headline ? "true" : "", ""]));
    }
  }
  writeFileSync(join(dataDir, "benchmarks.csv"), `${benchLines.join("\n")}\n`);

  for (const b of BENCHMARKS) {
    const rng = new Rng(streamSeed(seed, `results:${b.id}`, 0));
    const header = ["model", ...(b.versions.length > 1 ? ["version"] : []), "setting", "score", "output_tokens", "cost_usd", "evaluated_at", "source_url", "note"];
    const lines = [csvLine(header)];
    for (const [vi, version] of b.versions.entries()) {
      models.forEach((m, mi) => {
        if (!rng.chance(0.8)) return;
        // A model evaluated one to three times (score history), sometimes through an alias.
        const runs = rng.int(1, 3);
        const releasedDay = Math.round((Date.parse(m.released) - ARCHIVE_START.getTime()) / 86_400_000);
        let day = releasedDay + vi * 3;
        for (let r = 0; r < runs; r++) {
          day += r === 0 ? 0 : rng.int(5, 60);
          const score =
            b.unit === "elo" ? rng.int(900, 1500) : b.unit === "minutes" ? Math.round(rng.next() * 600 * 10) / 10 : b.unit === "percent" ? `${(rng.next() * 90 + 5).toFixed(1)}%` : rng.int(10, 80);
          const cells = [
            r === 0 && mi % 4 === 1 ? m.aliases[0] : m.id,
            ...(b.versions.length > 1 ? [version] : []),
            r === 2 ? "high" : "",
            score,
            `${rng.int(2, 190)}M`,
            `$${rng.int(20, 4000).toLocaleString("en-US")}`,
            isoDay(ARCHIVE_START, day),
            `https://bench.example.org/${b.id}/reports/${m.id}-${r}`,
            r === 0 ? "" : "re-run with a newer harness",
          ];
          lines.push(csvLine(cells));
        }
      });
    }
    writeFileSync(join(dataDir, `results/${b.id}.csv`), `${lines.join("\n")}\n`);
  }

  writeFileSync(
    join(dataDir, "tag-aliases.csv"),
    ["type,alias,canonical", "companies,northwind,northwind-ai", "companies,helix,helix-labs", "topics,evals,benchmarking", "people,ada_dev,ada-dev"].join("\n") + "\n",
  );
}

// ---------------------------------------------------------------------------------------------
// Tags: pools of distinct names, sampled with a long tail.

interface Pools {
  topics: string[];
  companies: string[];
  people: string[];
  /** Model labels that are not in the registry (a real archive names thousands of models). */
  labels: string[];
}

function makePools(profile: Profile): Pools {
  const big = profile !== "default";
  const topics: string[] = [...TOPIC_NOUNS];
  for (const a of ADJECTIVES) for (const n of TOPIC_NOUNS) if (topics.length < (big ? 3000 : 240)) topics.push(`${a}-${n}`);
  const companies: string[] = LABS.map(slug);
  outer: for (const a of SYLLABLES) for (const b of SYLLABLES) for (const c of ["", "-ai", "-labs", "-cloud"]) {
    if (companies.length >= (big ? 1500 : 120)) break outer;
    companies.push(`${a}${b}${c}`);
  }
  const people: string[] = [];
  outer2: for (const a of NAME_PARTS) for (const b of NAME_PARTS) for (const c of ["", "_", "ai", "_dev"]) {
    if (people.length >= (big ? 4000 : 400)) break outer2;
    people.push(`${a}${b}${c}`);
  }
  const labels: string[] = [];
  outer3: for (const a of SYLLABLES) for (const b of SYLLABLES) for (const size of ["7b", "13b", "70b", "0.8b", "400b"]) {
    if (labels.length >= (big ? 2500 : 150)) break outer3;
    labels.push(`${a}${b}-${size}`);
  }
  return { topics, companies, people, labels };
}

function sampleDistinct(rng: Rng, pool: readonly string[], count: number, skew = 1.05): string[] {
  const out = new Set<string>();
  for (let tries = 0; out.size < count && tries < count * 10; tries++) out.add(pool[rng.zipf(pool.length, skew)]);
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Recap bodies.

/** Writes prose and markdown blocks from one recap's PRNG. */
class Writer {
  constructor(
    private rng: Rng,
    private mentionNames: string[],
  ) {}

  url(): string {
    const r = this.rng;
    const domain = r.pick(DOMAINS);
    return `https://${domain}/${r.pick(WORDS)}/${r.int(1000000, 9999999)}`;
  }
  words(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.rng.pick(WORDS));
    return out.join(" ");
  }
  mention(): string {
    return this.mentionNames.length ? this.rng.pick(this.mentionNames) : this.rng.pick(FAMILIES);
  }
  sentence(): string {
    const r = this.rng;
    const parts = [cap(this.words(r.int(3, 8))), r.pick(VERBS), this.words(r.int(3, 9))];
    if (r.chance(0.35)) parts.splice(1, 0, `**${this.mention()}**`);
    if (r.chance(0.3)) parts.push(`([${r.pick(NAME_PARTS)}](${this.url()}))`);
    if (r.chance(0.2)) parts.push(`with \`${r.pick(WORDS)}_${r.pick(WORDS)}\` at ${r.int(1, 99)}.${r.int(0, 9)}%`);
    return `${parts.join(" ")}.`;
  }
  paragraph(): string {
    const n = this.rng.int(2, 6);
    return Array.from({ length: n }, () => this.sentence()).join(" ");
  }
  linkList(): string {
    const r = this.rng;
    const n = r.int(4, 14);
    const items: string[] = [];
    for (let i = 0; i < n; i++) {
      let item = `- **${cap(this.words(r.int(2, 5)))}**: ${this.sentence()} ([${r.pick(NAME_PARTS)}](${this.url()}))`;
      if (r.chance(0.3)) item += `\n  - ${this.sentence()} [thread](${this.url()})`;
      items.push(item);
    }
    return items.join("\n");
  }
  table(): string {
    const r = this.rng;
    const rows = r.int(3, 10);
    const lines = ["| Model | Score | Output tokens | Cost |", "|---|---:|---:|---:|"];
    for (let i = 0; i < rows; i++) lines.push(`| ${this.mention()} | ${r.int(10, 90)} | ${r.int(2, 190)}M | $${r.int(20, 4000)} |`);
    return lines.join("\n");
  }
  quote(): string {
    return `> ${this.paragraph()}\n>\n> ${this.sentence()}`;
  }
  code(): string {
    const r = this.rng;
    const lang = r.pick(LANGS);
    const lines = Array.from({ length: r.int(3, 12) }, () => `${r.pick(WORDS)}_${r.pick(WORDS)} = "${this.words(r.int(1, 4))}"`);
    return `\`\`\`${lang}\n${lines.join("\n")}\n\`\`\``;
  }
  /** A list item of a full-body issue: a bold lead, a linked claim, sometimes nested detail. */
  fullItem(): string {
    const r = this.rng;
    const lead = r.chance(0.45) ? `[**${cap(this.words(r.int(3, 7)))}**](${this.url()})` : `**${cap(this.words(r.int(3, 7)))}**`;
    let item = `- ${lead}: ${this.words(r.int(3, 8))} **${this.mention()}** ${this.words(r.int(4, 12))}. ${this.sentence()}`;
    const nested = r.chance(0.4) ? r.int(1, 2) : 0;
    for (let i = 0; i < nested; i++) item += `\n  \n  - ${cap(this.words(r.int(5, 14)))} **${cap(this.words(r.int(1, 3)))}** ${this.words(r.int(3, 10))}.`;
    return item;
  }
  /** A `<div class="linksMentioned">` block of raw HTML, as the newsletter's Discord recaps have. */
  linksMentioned(): string {
    const r = this.rng;
    const items = Array.from({ length: r.int(2, 12) }, () => `<li><a href="${this.url()}">${cap(this.words(r.int(2, 6)))}</a>: ${this.sentence()}</li>`);
    return `<div class="linksMentioned">\n\n<strong>Links mentioned</strong>:\n\n<ul>\n${items.join("")}\n</ul>\n\n</div>`;
  }
  image(): string {
    const r = this.rng;
    const hex = Array.from({ length: 8 }, () => r.int(0, 0xffff).toString(16).padStart(4, "0")).join("");
    return r.chance(0.8) ? `![image.png](https://assets.example.org/images/${hex}.png?w=960&fit=max)` : `<img width="${r.int(400, 1400)}" alt="image" src="https://assets.example.org/attachments/${hex}">`;
  }
  /** A `###` subsection of a full-body issue: a heading, items (loose or tight), breaks, sometimes a quote or code. */
  fullSubsection(code: boolean): string {
    const r = this.rng;
    const fire = r.chance(0.3) ? " 🔥" : "";
    const blocks = [`### **${cap(this.words(r.int(1, 4)))}** (${r.int(3, 900)} messages${fire})`];
    if (r.chance(0.4)) blocks.push(Array.from({ length: r.int(1, 3) }, () => `> ${this.sentence()}`).join("\n>\n"));
    const items = Array.from({ length: r.int(3, 9) }, () => this.fullItem());
    const half = Math.ceil(items.length / 2);
    const sep = r.chance(0.5) ? "\n\n" : "\n";
    blocks.push(items.slice(0, half).join(sep));
    if (r.chance(0.4)) blocks.push("---");
    if (items.length > half) blocks.push(items.slice(half).join(sep));
    if (code && r.chance(0.12)) blocks.push(this.code());
    blocks.push("---");
    return blocks.join("\n\n");
  }
  section(level: 2 | 3): string {
    const r = this.rng;
    const blocks = [`${"#".repeat(level)} ${cap(this.words(r.int(2, 6)))}`, this.paragraph()];
    const kinds = r.int(2, 5);
    for (let i = 0; i < kinds; i++) {
      const k = r.next();
      blocks.push(k < 0.45 ? this.linkList() : k < 0.6 ? this.table() : k < 0.75 ? this.quote() : k < 0.85 ? this.code() : this.paragraph());
    }
    return blocks.join("\n\n");
  }
}

function recapSize(rng: Rng, profile: Profile, index: number): number {
  if (profile === "full") return Math.round(Math.min(FULL.sizeMax, Math.max(FULL.sizeMin, rng.logNormal(FULL.sizeMedian, FULL.sizeSigma))));
  if (profile === "archive") {
    // About 160 of 700 are long (20-250 KB, log-uniform); the rest 1-3 KB.
    const long = streamSeed(0, "long", index) % 700 < 160;
    return long ? Math.round(20_000 * Math.pow(250 / 20, rng.next())) : rng.int(1000, 3000);
  }
  return Math.round(Math.min(250_000, Math.max(5_000, rng.logNormal(15_500, 0.85))));
}

function yamlList(key: string, items: string[]): string {
  return items.length ? `${key}:\n${items.map((i) => `  - ${i}`).join("\n")}` : `${key}: []`;
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** One recap's file name and text. */
export function generateRecap(index: number, options: { format: "md" | "mdx"; profile: Profile; seed: number; models: SynthModel[]; pools: Pools }): { name: string; text: string; tags: Record<keyof Pools, string[]> } {
  const { profile, seed, models, pools } = options;
  const rng = new Rng(streamSeed(seed, "recap", index));
  const target = recapSize(rng, profile, index);
  const date = isoDay(ARCHIVE_START, index);
  const big = profile !== "default";

  // Frontmatter models: registry ids or aliases (resolved by the site) and unregistered labels.
  const registered = sampleDistinct(rng, models.map((_, i) => String(i)), rng.int(2, 8), 0.9).map((i) => models[Number(i)]);
  const modelNames = registered.map((m) => (rng.chance(0.3) ? m.aliases[0] : m.id));
  const labels = sampleDistinct(rng, pools.labels, big ? rng.int(3, 12) : rng.int(0, 3));
  const tags = {
    topics: sampleDistinct(rng, pools.topics, big ? rng.int(6, 16) : rng.int(2, 6)),
    companies: sampleDistinct(rng, pools.companies, big ? rng.int(3, 10) : rng.int(1, 4)),
    people: sampleDistinct(rng, pools.people, big ? rng.int(5, 15) : rng.int(0, 5)),
    labels,
  };
  const lead = registered[0];
  const title = `${lead.name} ${rng.pick(VERBS)} ${rng.pick(ADJECTIVES)} ${rng.pick(WORDS)} (${date})`;
  const w = new Writer(rng, registered.flatMap((m) => [m.name, m.aliases[0]]));
  const description = `${w.sentence()} ${w.sentence()}`;

  const front = [
    "---",
    `title: ${yamlString(title)}`,
    `date: ${date}`,
    `description: ${yamlString(description)}`,
    yamlList("models", [...modelNames, ...labels]),
    yamlList("companies", tags.companies),
    yamlList("topics", tags.topics),
    yamlList("people", tags.people),
    "---",
    "",
  ].join("\n");

  const blocks: string[] = [`**${cap(w.words(rng.int(3, 7)))}**`, w.paragraph()];
  let size = front.length + blocks.join("\n\n").length;
  if (target > 4000) blocks.push(`> AI News for ${date}. We checked ${rng.int(5, 20)} subreddits, [${rng.int(200, 600)} feeds](${w.url()}) and ${rng.int(10, 30)} chat servers for you.`);
  if (profile === "full") {
    const html = rng.chance(FULL.htmlIssueShare);
    const code = rng.chance(FULL.codeIssueShare);
    if (rng.chance(FULL.tableIssueShare)) blocks.push(w.table());
    // Bytes written since the last block of each kind: each kind comes back at its measured rate.
    const since = { h1: Infinity, h2: Infinity, html: 0, image: rng.int(0, 1000 / FULL.imagesPerKb) };
    while (size < target) {
      const parts: string[] = [];
      if (since.h1 >= FULL.bytesPerH1) {
        parts.push(`# AI ${cap(rng.pick(WORDS))} Recap`, `> ${w.sentence()}`);
        since.h1 = 0;
      }
      if (since.h2 >= FULL.bytesPerH2) {
        parts.push(`## ${cap(w.words(rng.int(1, 3)))} ([${rng.pick(LABS)}](${w.url()})) Discord`);
        since.h2 = 0;
      }
      parts.push(w.fullSubsection(code));
      if (html && since.html >= FULL.bytesPerHtmlBlock) {
        parts.push(w.linksMentioned());
        since.html = 0;
      }
      if (since.image >= 1000 / FULL.imagesPerKb) {
        parts.push(w.image());
        since.image = 0;
      }
      const block = parts.join("\n\n");
      blocks.push(block);
      size += block.length + 2;
      for (const k of ["h1", "h2", "html", "image"] as const) since[k] += block.length + 2;
    }
  }
  while (size < target) {
    const remaining = target - size;
    const block = remaining < 1500 ? w.paragraph() : rng.chance(0.25) ? `## ${cap(w.words(rng.int(2, 5)))}\n\n${w.section(3)}` : w.section(2);
    blocks.push(block);
    size += block.length + 2;
  }
  const name = `${date}-${slug(`${lead.name} ${rng.pick(WORDS)}`)}-${index}.${options.format}`;
  return { name, text: `${front}\n${blocks.join("\n\n")}\n`, tags };
}

/**
 * Writes a complete content root with `count` recaps and a matching `data/` folder and returns
 * where it is. Deterministic for a given set of options.
 */
export function generateSite(options: GenerateOptions): GeneratedSite {
  const { count, format, profile = defaults.profile, seed = defaults.seed, modelCount = defaults.modelCount } = options;
  const root = resolve(options.outDir ?? mkdtempSync(join(tmpdir(), `bd-bench-${profile}-${count}-${format}-`)));
  const recapsDir = join(root, "content/recaps");
  mkdirSync(recapsDir, { recursive: true });
  const models = makeModels(modelCount, seed);
  writeData(join(root, "data"), models, seed);
  const pools = makePools(profile);
  const files: string[] = [];
  let recapBytes = 0;
  const seen = { topics: new Set<string>(), companies: new Set<string>(), people: new Set<string>(), models: new Set<string>() };
  for (let i = 0; i < count; i++) {
    const fileFormat = format === "mixed" ? (i % 2 ? "mdx" : "md") : format;
    const { name, text, tags } = generateRecap(i, { format: fileFormat, profile, seed, models, pools });
    writeFileSync(join(recapsDir, name), text);
    files.push(name);
    recapBytes += Buffer.byteLength(text);
    tags.topics.forEach((t) => seen.topics.add(t));
    tags.companies.forEach((t) => seen.companies.add(t));
    tags.people.forEach((t) => seen.people.add(t));
    tags.labels.forEach((t) => seen.models.add(t));
  }
  return {
    root,
    recapsDir,
    files,
    recapBytes,
    distinct: { topics: seen.topics.size, companies: seen.companies.size, people: seen.people.size, models: seen.models.size + models.length },
  };
}

/**
 * The options of `npx tsx bench/generate.ts <argv>`. An unknown option or one without its value is
 * an error: ignored, `--fromat mdx` would write `.md` recaps and say nothing.
 */
export function generateOptions(argv: readonly string[]): GenerateOptions {
  const known = ["--n", "--format", "--profile", "--seed", "--out"];
  for (let i = 0; i < argv.length; i += 2) {
    if (!known.includes(argv[i])) throw new Error(`unknown option ${JSON.stringify(argv[i])}: expected ${known.map((o) => `${o} <value>`).join(", ")}`);
    if (argv[i + 1] === undefined || argv[i + 1].startsWith("--")) throw new Error(`${argv[i]}: expected a value after it`);
  }
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const format = (get("--format") ?? "md") as GenerateOptions["format"];
  if (!["md", "mdx", "mixed"].includes(format)) throw new Error(`--format: expected md, mdx or mixed, found ${JSON.stringify(format)}`);
  const profile = (get("--profile") ?? "default") as Profile;
  if (!["default", "archive", "full"].includes(profile)) throw new Error(`--profile: expected default, archive or full, found ${JSON.stringify(profile)}`);
  const count = Number(get("--n") ?? 250);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--n: expected a positive whole number, found ${JSON.stringify(get("--n"))}`);
  const seed = Number(get("--seed") ?? defaults.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed: expected a whole number, found ${JSON.stringify(get("--seed"))}`);
  return { count, format, profile, seed, outDir: get("--out") };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const site = generateSite(generateOptions(process.argv.slice(2)));
  const mb = (site.recapBytes / 1e6).toFixed(1);
  console.log(`${site.root}\n${site.files.length} recaps, ${mb} MB; distinct topics ${site.distinct.topics}, companies ${site.distinct.companies}, people ${site.distinct.people}, models ${site.distinct.models}`);
}
