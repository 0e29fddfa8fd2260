import { defineConfig } from "astro/config";
import base from "./astro.config.mjs";
const ts = { name: "ts", hooks: { "astro:build:setup": ({ vite, target }) => { if (target === "server") { vite.build ??= {}; vite.build.rollupOptions ??= {}; vite.build.rollupOptions.treeshake = process.env.TS === "off" ? false : undefined; } } } };
export default defineConfig({ ...base, integrations: [...base.integrations, ts] });
