// The entry of a PNG thread (pngThreads.ts). Workers do not inherit the loader hooks that let
// Astro and tsx read TypeScript, so the task is loaded through tsx's own API.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { renderPngTask, startPngThread } = await tsImport("./pngThreadTask.ts", import.meta.url);
startPngThread(workerData);

export default renderPngTask;
