import { describe, expect, it } from 'vitest';
import { basePrefix, withBase, withoutBase } from './base-path.ts';

describe('the base path', () => {
  it('is the configured base without its final slash', () => {
    expect(basePrefix('/')).toBe('');
    expect(basePrefix('/pff/')).toBe('/pff');
    expect(basePrefix('/pff')).toBe('/pff');
    expect(() => basePrefix('pff/')).toThrow(/must start with '\/'/);
  });

  it('goes in front of site paths, and of nothing else', () => {
    expect(withBase('/drivers/recruitment/', '/pff')).toBe('/pff/drivers/recruitment/');
    expect(withBase('/', '/pff')).toBe('/pff/');
    expect(withBase('/references/#bose-1999', '/pff')).toBe('/pff/references/#bose-1999');
    for (const other of ['#fn-1', 'https://datapackage.org/', '//cdn.example/x.js', 'mailto:a@b.c', 'notes/']) expect(withBase(other, '/pff')).toBe(other);
  });

  it('changes nothing at the root of a host (the unit tests run with the base "/")', () => {
    expect(withBase('/drivers/recruitment/', '')).toBe('/drivers/recruitment/');
    expect(withBase('/drivers/recruitment/')).toBe('/drivers/recruitment/');
    expect(withoutBase('/drivers/recruitment/')).toBe('/drivers/recruitment/');
  });

  it('comes off a pathname inside it, and only inside it', () => {
    expect(withoutBase('/pff/drivers/recruitment/', '/pff')).toBe('/drivers/recruitment/');
    expect(withoutBase('/pff/', '/pff')).toBe('/');
    expect(withoutBase('/pff', '/pff')).toBe('/');
    expect(withoutBase('/pffx/drivers/', '/pff')).toBe('/pffx/drivers/');
    expect(withoutBase(withBase('/cite/thesis.bib', '/pff'), '/pff')).toBe('/cite/thesis.bib');
  });
});
