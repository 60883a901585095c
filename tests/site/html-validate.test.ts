/**
 * Every built page is valid HTML, by html-validate with the project's
 * configuration (.htmlvalidate.mjs at the repository root, where each
 * adjusted rule says why). Validating what Astro wrote, not the sources,
 * catches invalid markup from any layer: MDX, components, Starlight itself.
 */
import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { expect, test } from 'vitest';
import { fileForUrlPath, listPages } from '../support/dist.ts';

// Looks for .htmlvalidate.* from each file's folder up to the project root.
const validator = new HtmlValidate(new FileSystemConfigLoader());

const pages = [...listPages(), '/404.html'];

function describeMessage(message: Message): string {
  return `${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`;
}

test('the configuration is the project file, not a default', async () => {
  const config = await validator.getConfigFor(fileForUrlPath('/'));
  const rules = config.getRules();
  expect(rules.get('require-sri')?.[1]).toEqual({ target: 'crossorigin' });
});

test.for(pages)('%s is valid HTML', async (page) => {
  const file = fileForUrlPath(page);
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  const messages = report.results.flatMap((result) => result.messages.map(describeMessage));
  expect(messages).toEqual([]);
});

test('the validator does fail invalid markup (a gate that passes everything is no gate)', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>t</title></head><body><main><p id="a">x</p><p id="a"><div>y</div></p></main></body></html>',
    fileForUrlPath('/'),
  );
  const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
  expect(rules).toContain('no-dup-id');
});
