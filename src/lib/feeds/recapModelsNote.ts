import { escapeHtml } from "../format/escapeHtml";

/** A model a recap names, as a feed item links it: the model's page, or a label's page. */
export interface NamedModel {
  /** What the reader sees: the registry's name, or the label as the recap writes it. */
  text: string;
  /** A path on the site (made absolute with the rest of the item), or none: plain text. */
  href?: string;
}

/**
 * The line a recap's feed item and email edition end with: the models it names, each linked to
 * its page, so that a subscriber reaches a model's scores as a reader of the page does (the page
 * shows them in its models panel, which feeds do not carry). `models` are the registry's models,
 * `labels` the names that match no one model (families, products; linked when they have a page).
 * Each is listed once, in the recap's order; empty when the recap names none.
 * @example recapModelsNote([{ text: "GPT-5", href: "/models/gpt-5/" }], [])
 * // '<p class="models-note">Models in this recap: <a href="/models/gpt-5/">GPT-5</a>.</p>'
 */
export function recapModelsNote(models: readonly NamedModel[], labels: readonly NamedModel[]): string {
  const list = (items: readonly NamedModel[]) => {
    const seen = new Set<string>();
    return items
      .filter((m) => !seen.has(m.href ?? m.text) && seen.add(m.href ?? m.text))
      .map((m) => (m.href ? `<a href="${escapeHtml(m.href)}">${escapeHtml(m.text)}</a>` : escapeHtml(m.text)))
      .join(", ");
  };
  const parts = [models.length > 0 && `Models in this recap: ${list(models)}.`, labels.length > 0 && `Also mentioned: ${list(labels)}.`].filter(Boolean);
  return parts.length > 0 ? `<p class="models-note">${parts.join(" ")}</p>` : "";
}
