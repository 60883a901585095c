/**
 * A worker thread of format-pool.ts: formats the forms the pages show of
 * each item it is sent, in every style (csl-styles.ts), with the style files
 * the build's thread hands it. Runs as plain Node (its types stripped), so it
 * imports only modules that need no bundler.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { registerStyles, shownForms, type StyleFiles } from './csl-styles.ts';
import type { CslItem } from './csl.ts';

export interface FormatRequest {
  item: CslItem;
}
export type FormatReply = { id: string; forms: ReturnType<typeof shownForms> } | { id: string; error: string };

registerStyles(workerData as StyleFiles);
// citeproc compiles a style the first time it is used (seconds for the four): done now, while the build loads the
// knowledge base, rather than while the first page waits for its citation.
shownForms({ id: 'warm-up', type: 'chapter', 'citation-key': 'warm-up', title: 'Warm-up', issued: { 'date-parts': [[2019]] }, version: '1', language: 'en' });
parentPort!.on('message', ({ item }: FormatRequest) => {
  let reply: FormatReply;
  try {
    reply = { id: item.id, forms: shownForms(item) };
  } catch (error) {
    reply = { id: item.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
