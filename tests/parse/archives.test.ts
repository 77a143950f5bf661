import { describe, expect, it } from 'vitest';
import { ARCHIVES, archiveName, knownArchives } from '../../lib/parse/archives';

describe('known archives', () => {
  it('reads an abbreviation back from every name in the table', () => {
    for (const name of ARCHIVES) {
      const a = archiveName(name);
      expect(a.abbreviation, name).toMatch(/^[A-Z][A-Za-z]*(?: [A-Z]+)?$/);
      expect(name, name).toBe(`${a.plain} (${a.abbreviation})`);
    }
    expect(archiveName(ARCHIVES[0])).toEqual({
      name: 'Archive of Foreign Policy of the Russian Federation (AVP RF)',
      plain: 'Archive of Foreign Policy of the Russian Federation',
      abbreviation: 'AVP RF',
    });
  });

  it('adds the page’s own archive names once, after the table', () => {
    const all = knownArchives(['Polish Archive of Modern Records (AAN)', 'Gramsci Institute (Gramsci Institute Foundation)', 'Gramsci Institute (Gramsci Institute Foundation)']);
    expect(all).toHaveLength(ARCHIVES.length + 1);
    expect(all.at(-1)).toEqual({ name: 'Gramsci Institute (Gramsci Institute Foundation)', plain: 'Gramsci Institute' });
  });
});
