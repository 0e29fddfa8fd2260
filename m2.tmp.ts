import { loadDataset } from "./src/lib/data/loadDataset";
const d = loadDataset({ dataDir: process.argv[2] });
for (const l of process.argv.slice(3)) console.log(l, JSON.stringify(d.aliases.match(l)));
