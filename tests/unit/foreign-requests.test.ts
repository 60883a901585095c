/**
 * The privacy check's URL filter, without a browser (the recorder itself,
 * in Chromium, is tested by tests/browser/harness.test.ts).
 */
import { expect, test } from 'vitest';
import { foreignRequests } from '../support/browser.ts';

test('foreignRequests ignores data: and about: but not other loopback ports', () => {
  const origin = 'http://127.0.0.1:4321';
  expect(
    foreignRequests(['data:image/png;base64,AAAA', 'about:blank', `${origin}/a.js`, 'http://127.0.0.1:9999/b.js', 'http://localhost:4321/'], origin),
  ).toEqual(['http://127.0.0.1:9999/b.js', 'http://localhost:4321/']);
});
