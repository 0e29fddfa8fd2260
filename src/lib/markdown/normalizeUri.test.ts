import { expect, it } from "vitest";
import { normalizeUri } from "./normalizeUri";

it("percent-encodes as remark-rehype does, keeping valid escapes and the URL-safe ASCII", () => {
  expect(normalizeUri("https://例え.jp/a b?x=1&y=[2]#f")).toBe("https://%E4%BE%8B%E3%81%88.jp/a%20b?x=1&y=%5B2%5D#f");
  expect(normalizeUri("/a%20b%-x%zz")).toBe("/a%20b%25-x%zz"); // micromark keeps `%` + two alphanumerics, hex or not
  expect(normalizeUri("🚀\uD800x")).toBe("%F0%9F%9A%80%EF%BF%BDx");
  expect(normalizeUri("javascript:alert(1)")).toBe("javascript:alert(1)"); // encoding is not a URL check
});
