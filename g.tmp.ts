import { readFileSync } from "node:fs";
import { readCatalog } from "./src/lib/models/readCatalog";
import { groupCatalog } from "./src/lib/models/groupCatalog";
const cat = readCatalog(JSON.parse(readFileSync(process.argv[3] ?? "../shared/fixtures/model-catalogs/models-dev-api.json", "utf8")), "x");
const { models } = groupCatalog(cat);
for (const m of models) if (m.id === process.argv[2]) for (const e of m.entries) console.log(e.provider, e.id, "|", e.name, e.released, e.authoritative, e.firstParty);
