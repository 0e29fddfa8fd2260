import { ProductRowSchema, type Product } from "../../schemas/product";
import type { Problem } from "../errors";
import type { DataFiles } from "./dataFiles";
import { readTable } from "./readTable";

/**
 * `data/products.csv` (optional): apps and agents that recaps name beside models (`chatgpt`,
 * `claude-code`), which the matcher recognises and never links as a model.
 */
export function loadProducts(files: DataFiles, problems: Problem[]): Product[] {
  return readTable(files, "products.csv", ProductRowSchema, problems, { allowEmpty: true })?.rows ?? [];
}
