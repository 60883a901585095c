/**
 * Markup the importer puts around stretches of the raw text (a citation's
 * link, a reference entry's anchor), added after the text is converted:
 * the places are held by private-use characters, which the conversion
 * (escapes, footnote markers) leaves alone and entity marks see through
 * (marks.ts), and `release` then wraps what each stretch became.
 */

/** A stretch of raw text, [at, at + length), and the markup that will wrap it once the text is converted. */
export interface Wrap {
  at: number;
  length: number;
  /** The converted stretch (entity marks included) in its markup. */
  render: (converted: string) => string;
}

/** Any character that holds a place: U+E000 opens, U+E001 closes, each followed by one of U+E100… naming the stretch. */
export const HELD_CHARACTER = /[\uE000-\uEFFF]/u;

export function holdWraps(raw: string, wraps: readonly Wrap[]): { held: string; release: (converted: string) => string } {
  if (HELD_CHARACTER.test(raw)) throw new Error(`Importer: the text already holds a private-use character: "${raw.slice(0, 80)}"`);
  const sorted = [...wraps].sort((a, b) => a.at - b.at);
  const name = (i: number) => String.fromCharCode(0xe100 + i);
  let held = '';
  let from = 0;
  sorted.forEach((w, i) => {
    if (w.at < from) throw new Error(`Importer: two stretches to wrap overlap at "${raw.slice(w.at, w.at + w.length)}"`);
    held += `${raw.slice(from, w.at)}\uE000${name(i)}${raw.slice(w.at, w.at + w.length)}\uE001${name(i)}`;
    from = w.at + w.length;
  });
  held += raw.slice(from);
  const release = (converted: string) =>
    converted.replace(/\uE000([\uE100-\uEFFF])([\s\S]*?)\uE001\1/gu, (_, n: string, inner: string) => sorted[n.charCodeAt(0) - 0xe100]!.render(inner));
  return { held, release };
}
