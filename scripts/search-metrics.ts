/**
 * How large the search index is and how long a first search takes, in
 * Chromium against the built site (run `npm run build` first):
 *
 *   ./node_modules/.bin/node scripts/search-metrics.ts [query] [runs]
 *
 * Prints one JSON line per run (fresh browser contexts: nothing cached) and
 * the median of each timing. The browser tests assert budgets on the same
 * numbers (tests/browser/search.test.ts).
 */
import { launchBrowser } from '../tests/support/browser.ts';
import { startServer } from '../tests/support/serve.ts';
import { measureSearch, type SearchMetrics } from '../tests/support/search.ts';

const query = process.argv[2] ?? 'Lashkar-e-Taiba';
const runs = Number(process.argv[3] ?? 5);

const server = await startServer();
const browser = await launchBrowser();
try {
  const all: SearchMetrics[] = [];
  for (let i = 0; i < runs; i++) {
    const metrics = await measureSearch(browser, server.origin, query);
    all.push(metrics);
    console.log(JSON.stringify(metrics));
  }
  const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(
    JSON.stringify({
      query,
      runs,
      indexBytes: all[0]?.indexBytes,
      firstSearchBytes: all[0]?.firstSearchBytes,
      medianLoadToResultsMs: median(all.map((m) => m.loadToResultsMs)),
      medianTypeToResultsMs: median(all.map((m) => m.typeToResultsMs)),
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
