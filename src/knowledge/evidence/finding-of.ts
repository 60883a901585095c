/**
 * The finding of a driver in a host group, for the evidence views: a
 * missing one stops the build, naming the file it should be and who asked.
 */
import type { Entry } from '../entry.ts';
import type { KnowledgeBase } from '../index.ts';
import { findingKey } from '../keys.ts';

export function findingOf(kb: Pick<KnowledgeBase, 'findings'>, driverId: string, groupId: string, askedBy: string): Entry<'findings'> {
  const finding = kb.findings.get(findingKey(groupId, driverId));
  if (!finding) throw new Error(`${askedBy}: no content/findings/${findingKey(groupId, driverId)}.yaml`);
  return finding;
}
