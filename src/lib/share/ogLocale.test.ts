import { describe, expect, it } from "vitest";
import { ogLocale } from "./ogLocale";

describe("ogLocale", () => {
  it("takes the locale when one is set, else the language and region of lang", () => {
    expect(ogLocale("en", "en_GB")).toBe("en_GB");
    expect(ogLocale("en-US", "en_GB")).toBe("en_GB");
    expect(ogLocale("en-US")).toBe("en_US");
    expect(ogLocale("pt-br")).toBe("pt_BR");
    expect(ogLocale("zh-Hant-TW")).toBe("zh_TW");
    expect(ogLocale("de-CH-1996")).toBe("de_CH");
  });

  it("gives none for a bare language or a numeric region, rather than guess a territory", () => {
    expect(ogLocale("en")).toBeUndefined();
    expect(ogLocale("en", "")).toBeUndefined();
    expect(ogLocale("es-419")).toBeUndefined();
    expect(ogLocale("zh-Hant")).toBeUndefined();
  });
});
