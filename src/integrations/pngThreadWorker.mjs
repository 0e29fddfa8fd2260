// The entry of a PNG thread (pngThreads.ts). Workers do not inherit the loader hooks that let
// Astro and tsx read TypeScript, so the task is loaded through tsx's own API: its require, which
// compiles in this thread. tsx's tsImport registers ESM loader hooks, which Node 20 runs in a
// thread of their own, one more V8 heap (with tsx and esbuild's client) beside each PNG thread:
// about 15 MB and 0.25 s of CPU more per thread (docs/performance.md). Everything a PNG thread
// loads (pngThreadTask.ts, renderPlotPng.ts, resvg-js) reads as CommonJS.
import { workerData } from "node:worker_threads";
import { require as tsxRequire } from "tsx/cjs/api";

const { renderPngTask, startPngThread } = tsxRequire("./pngThreadTask.ts", import.meta.url);
startPngThread(workerData);

export default renderPngTask;
