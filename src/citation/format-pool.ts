/**
 * Formats citations on worker threads, beside the build's own thread that
 * renders the pages: citeproc takes about as long as rendering every page,
 * and a second core does it meanwhile. The pages ask for an item when they
 * render; `prefetch` queues every item the build will ask for as soon as they
 * are known, so that most are ready before their page.
 *
 * Each worker has one item at a time; the queue stays here, so an item a page
 * is waiting for goes to the front. A worker holds the process open only
 * while it has an item (an idle one must not keep the build from ending, and
 * a busy one must not let it end before the answer comes).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StyleForms } from './csl-styles.ts';
import type { CslItem } from './csl.ts';
import type { FormatReply, FormatRequest } from './format-worker.ts';
import { STYLE_FILES } from './style-files.ts';

interface Job {
  item: CslItem;
  promise: Promise<StyleForms[]>;
  resolve: (forms: StyleForms[]) => void;
  reject: (error: Error) => void;
  started: boolean;
}

interface PoolWorker {
  worker: Worker;
  job: Job | undefined;
}

/**
 * Where the worker's module is. Bundled, this module no longer sits beside it,
 * so the build says where it is (astro.config.mjs defines the constant).
 */
const WORKER_URL: URL = typeof __CITATION_FORMAT_WORKER__ === 'string' ? new URL(__CITATION_FORMAT_WORKER__) : new URL('./format-worker.ts', import.meta.url);

/** One worker per core beside the build's own thread, at least one, at most three. */
const POOL_SIZE = Math.min(3, Math.max(1, availableParallelism() - 1));

const jobs = new Map<string, Job>();
const queue: Job[] = [];
const workers: PoolWorker[] = [];

/** Set when a worker stops: every item waiting, and every one asked for after, fails with its reason. */
let broken: Error | undefined;

function startWorker(): PoolWorker {
  const worker = new Worker(WORKER_URL, { workerData: STYLE_FILES });
  const slot: PoolWorker = { worker, job: undefined };
  worker.unref();
  worker.on('message', (reply: FormatReply) => {
    const job = slot.job!;
    slot.job = undefined;
    worker.unref();
    if ('error' in reply) job.reject(new Error(`Formatting the citation ${reply.id} failed: ${reply.error}`));
    else job.resolve(reply.forms);
    next(slot);
  });
  worker.on('error', (error) => {
    broken = new Error(`The citation worker (${WORKER_URL.href}) stopped: ${error.message}`);
    for (const job of [...workers.flatMap((w) => w.job ?? []), ...queue.splice(0)]) job.reject(broken);
    for (const w of workers) void w.worker.terminate();
  });
  return slot;
}

function next(slot: PoolWorker): void {
  const job = queue.shift();
  if (!job) return;
  job.started = true;
  slot.job = job;
  slot.worker.ref();
  slot.worker.postMessage({ item: job.item } satisfies FormatRequest);
}

function dispatch(): void {
  for (const slot of workers) if (!slot.job) next(slot);
}

function enqueue(item: CslItem, urgent: boolean): Job {
  let job = jobs.get(item.id);
  if (job) {
    if (JSON.stringify(job.item) !== JSON.stringify(item)) throw new Error(`Two different citations have the id ${item.id}`);
    // A page waits for it: to the front of the queue.
    if (urgent && !job.started) queue.unshift(...queue.splice(queue.indexOf(job), 1));
    return job;
  }
  let resolve!: Job['resolve'];
  let reject!: Job['reject'];
  const promise = new Promise<StyleForms[]>((res, rej) => ((resolve = res), (reject = rej)));
  // A prefetched item nobody asks for must not end the build with an unhandled rejection; one asked for rejects its page.
  promise.catch(() => {});
  job = { item, promise, resolve, reject, started: false };
  jobs.set(item.id, job);
  if (urgent) queue.unshift(job);
  else queue.push(job);
  return job;
}

/** The forms the pages show of `item`, in every style (csl-styles.ts, shownForms). */
export function shownFormsOf(item: CslItem): Promise<StyleForms[]> {
  if (broken) return Promise.reject(broken);
  const job = enqueue(item, true);
  dispatch();
  return job.promise;
}

/** Queues items the build will ask for, in the order given, behind any a page is waiting for. */
export function prefetch(items: Iterable<CslItem>): void {
  if (broken) return;
  for (const item of items) enqueue(item, false);
  dispatch();
}

// Started as the build loads this module, before any item is known: a worker first compiles the styles (format-worker.ts).
for (let i = 0; i < POOL_SIZE; i++) workers.push(startWorker());
