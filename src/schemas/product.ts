import { z } from "zod";
import { idCell, listCell, optionalTextCell, textCell } from "./cellSchemas";

/**
 * One row of `data/products.csv`: an app, agent or service that recaps name next to models
 * (`chatgpt`, `claude-code`, `cursor`). The matcher recognises these names as products and never
 * links them to a model page.
 */
export const ProductRowSchema = z.object({
  /** Kebab-case id. @example "claude-code" */
  id: idCell,
  /** Display name. @example "Claude Code" */
  name: textCell,
  /** Who makes it. @example "Anthropic" */
  maker: textCell,
  /** What kind of product, in a few words. @example "coding agent" */
  kind: optionalTextCell,
  /** Other names, `|`-separated. @example "claudecode|claude-code-cli" */
  aliases: listCell,
});

/** A registered product. */
export type Product = z.output<typeof ProductRowSchema> & { line: number };

/** A product as stored in the `products` collection (see `Product`). */
export const ProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  maker: z.string(),
  kind: z.string().optional(),
  aliases: z.array(z.string()),
  line: z.number(),
});
