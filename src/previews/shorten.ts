/**
 * The passage a preview card shows, cut at a word: shared by the cards built
 * at compile time (cards.ts) and the note cards the browser makes from the
 * page (card.ts), so that this module must stay free of build-only imports.
 */

/** The longest passage a card shows, in characters; cut at a word, with an ellipsis. */
export const CARD_TEXT_LENGTH = 280;

/** Notes and reference entries may be longer than the data's passages: they are read whole more often than not. */
export const NOTE_TEXT_LENGTH = 400;

export function shorten(text: string, max: number = CARD_TEXT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}
