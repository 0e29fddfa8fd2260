import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

// As in the blog starter, with the date field named as our recaps name it.
const blog = defineCollection({
  loader: glob({ base: process.env.BENCH_CONTENT_DIR ?? "./src/content/blog", pattern: "**/*.{md,mdx}" }),
  schema: z.object({
    title: z.string(),
    description: z.string().optional(),
    date: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
    heroImage: z.string().optional(),
  }),
});

export const collections = { blog };
