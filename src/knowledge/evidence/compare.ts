/**
 * Two host groups side by side (/compare/<a>-vs-<b>/): their cells and
 * evidence for every driver, and the paragraphs of the Discussion and the
 * Conclusion that name them, found by the words each chapter uses for them
 * (the groups' and conflicts' `namedIn` data).
 */
import { namesIn, printedNames } from '../named-in.ts';
import type { Entry } from '../entry.ts';
import type { KnowledgeBase } from '../index.ts';
import type { ArgumentPage, TableCell } from '../schemas.ts';
import { evidence, lookup, type EvidenceView } from '../views.ts';
import { comparePath } from '../view-paths.ts';

export interface GroupPair {
  a: string;
  b: string;
  path: string;
}

/** Every pair of host groups, each once, ids in Table 5's column order: afghan-taliban-vs-iskp … is-fighters-vs-shia-fighters. */
export function groupPairs(kb: Pick<KnowledgeBase, 'groups'>): GroupPair[] {
  return kb.groups.flatMap((a, i) => kb.groups.slice(i + 1).map((b) => ({ a: a.id, b: b.id, path: comparePath(a.id, b.id) })));
}

export type NamedPair = GroupPair & { aName: string; bName: string };

/** The pairs with both groups' names, for link text. */
export function namedPairs(kb: Pick<KnowledgeBase, 'groups'>): NamedPair[] {
  const name = (id: string) => lookup(kb.groups, id, 'host group', 'comparisons').data.name;
  return groupPairs(kb).map((p) => ({ ...p, aName: name(p.a), bName: name(p.b) }));
}

/** The pairs a group is part of, with the other group named: for "compare with …" links. */
export function pairsOf(kb: Pick<KnowledgeBase, 'groups'>, groupId: string): Array<{ other: Entry<'groups'>; path: string }> {
  return groupPairs(kb)
    .filter((p) => p.a === groupId || p.b === groupId)
    .map((p) => ({ other: lookup(kb.groups, p.a === groupId ? p.b : p.a, 'host group', 'compare links'), path: p.path }));
}

/** A evidence view with anchors unique on a page that shows two groups for every driver. */
function compareEvidence(kb: KnowledgeBase, driverId: string, groupId: string): EvidenceView {
  const view = evidence(kb, driverId, groupId, 'driver');
  const anchor = `${driverId}-in-${groupId}`;
  return { ...view, anchor, statements: view.statements.map((s, i) => ({ ...s, anchor: `${anchor}-${i + 1}` })) };
}

export interface CompareRow {
  driver: Entry<'drivers'>;
  a: EvidenceView;
  b: EvidenceView;
  /** a − b where both cells are numbers; null where either is blank or "-". */
  difference: number | null;
}

/** A paragraph of the Discussion or the Conclusion that names the two groups, word for word. */
export interface ArgumentPassage {
  page: ArgumentPage;
  /** The paragraph as printed. */
  text: string;
  /** The chapter's own words it was found by, as printed there. */
  matched: string[];
  /** "groups": it names both groups; "conflicts": it names a group only by its conflict. */
  by: 'groups' | 'conflicts';
}

/** The paragraphs of a chapter of the argument, in order. */
export interface ArgumentChapter {
  page: ArgumentPage;
  paragraphs: readonly string[];
}

export interface CompareView {
  a: Entry<'groups'>;
  b: Entry<'groups'>;
  path: string;
  rows: CompareRow[];
  /** The paragraphs of the Discussion and the Conclusion that name both groups, then those that name one only by its conflict. */
  passages: ArgumentPassage[];
  /** The other comparisons each of the two groups is in. */
  others: NamedPair[];
}

export const difference = (a: TableCell, b: TableCell): number | null => (typeof a === 'number' && typeof b === 'number' ? a - b : null);

export function compareView(kb: KnowledgeBase, pair: GroupPair, chapters: readonly ArgumentChapter[]): CompareView {
  const askedBy = `comparison ${pair.path}`;
  const a = lookup(kb.groups, pair.a, 'host group', askedBy);
  const b = lookup(kb.groups, pair.b, 'host group', askedBy);
  return {
    a,
    b,
    path: pair.path,
    rows: kb.drivers.map((d) => {
      const ea = compareEvidence(kb, d.id, a.id);
      const eb = compareEvidence(kb, d.id, b.id);
      return { driver: d, a: ea, b: eb, difference: difference(ea.cell, eb.cell) };
    }),
    passages: passagesOf(kb, a, b, chapters),
    others: namedPairs(kb).filter((p) => p.path !== pair.path && [p.a, p.b].some((id) => id === a.id || id === b.id)),
  };
}

/**
 * The paragraphs of the Discussion and the Conclusion that name both groups
 * in the chapter's own words (a paragraph naming every group names both),
 * then, for two groups of different conflicts, those that name one of them
 * only by its conflict; each in reading order.
 */
export function passagesOf(
  kb: Pick<KnowledgeBase, 'conflicts'>,
  a: Entry<'groups'>,
  b: Entry<'groups'>,
  chapters: readonly ArgumentChapter[],
): ArgumentPassage[] {
  const conflictOf = (g: Entry<'groups'>) => lookup(kb.conflicts, g.data.conflict, 'conflict', `content/groups/${g.id}.yaml`);
  const sameConflict = a.data.conflict === b.data.conflict;
  const found = chapters.flatMap(({ page, paragraphs }) =>
    paragraphs.flatMap((text): ArgumentPassage[] => {
      const byGroup = (g: Entry<'groups'>) => printedNames(namesIn(g.data.namedIn, page), text);
      const byConflict = (g: Entry<'groups'>) => (sameConflict ? [] : printedNames(namesIn(conflictOf(g).data.namedIn, page), text));
      const [ga, gb] = [byGroup(a), byGroup(b)];
      if (ga.length && gb.length) return [{ page, text, matched: [...new Set([...ga, ...gb])], by: 'groups' }];
      const [ca, cb] = [ga.length ? ga : byConflict(a), gb.length ? gb : byConflict(b)];
      return ca.length && cb.length ? [{ page, text, matched: [...new Set([...ca, ...cb])], by: 'conflicts' }] : [];
    }),
  );
  return [...found.filter((p) => p.by === 'groups'), ...found.filter((p) => p.by === 'conflicts')];
}
