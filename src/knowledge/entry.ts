/**
 * An entry of a data collection as the knowledge base and its tests use it:
 * Astro's own entry type (typed by the collection's zod schema), cut to its
 * id and data so that unit tests can pass small fixtures without a build.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';

export type Entry<C extends CollectionKey> = Pick<CollectionEntry<C>, 'id' | 'data'>;
