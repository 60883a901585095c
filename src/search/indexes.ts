/**
 * The entity indexes (/drivers/, /groups/, /organizations/, /theories/,
 * /interviews/), from the registry of entity kinds: what the search dialog
 * offers when nothing matches, beside its filters.
 */
import { ENTITY_KIND_NAMES, ENTITY_KINDS, kindIndexPath } from '../knowledge/kinds.ts';

export const INDEXES: ReadonlyArray<{ href: string; label: string }> = ENTITY_KIND_NAMES.map((kind) => ({
  href: kindIndexPath(kind),
  label: ENTITY_KINDS[kind].plural,
}));
