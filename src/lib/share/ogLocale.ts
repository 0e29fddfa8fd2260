/**
 * The Open Graph locale (`og:locale`, language_TERRITORY) of the site's pages: the one set in
 * SITE.locale, else derived from SITE.lang when that names a region (`en-US` gives `en_US`,
 * `pt-br` gives `pt_BR`). A bare language (`en`) gives none: Open Graph reads a missing og:locale
 * as `en_US`, and writing a territory the editor did not choose (`en` as `en_GB` or `en_US`)
 * would only guess. A site that wants one says it in SITE.locale.
 * @example ogLocale("en-US") // "en_US"
 * @example ogLocale("en") // undefined
 * @example ogLocale("en", "en_GB") // "en_GB"
 */
export function ogLocale(lang: string, locale?: string): string | undefined {
  if (locale?.trim()) return locale.trim();
  // language[-script]-REGION, as BCP 47 writes it: `zh-Hant-TW` keeps zh and TW.
  const match = /^([a-z]{2,3})(?:-[a-z]{4})?-([a-z]{2}|\d{3})(?:-|$)/i.exec(lang.trim());
  if (!match || /^\d/.test(match[2])) return undefined;
  return `${match[1].toLowerCase()}_${match[2].toUpperCase()}`;
}
