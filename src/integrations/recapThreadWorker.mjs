// The entry of a recap thread (recapThreads.ts). Workers do not inherit the loader hooks that let
// Astro and tsx read TypeScript, so the tasks module is loaded through tsx's own API.
import { tsImport } from "tsx/esm/api";

const { runRecapThreadTask } = await tsImport("./recapThreadTasks.ts", import.meta.url);

export default runRecapThreadTask;
