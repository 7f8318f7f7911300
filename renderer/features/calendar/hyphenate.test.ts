import { beforeAll, describe, expect, it } from 'vitest';
import { hyphenated, loadPatterns, SOFT_HYPHEN } from './hyphenate';

describe('hyphenated', () => {
  it('shows a title as it is until the patterns are loaded', () => {
    const title = 'Karriere-Post: Wir suchen Servicetechniker:innen';
    expect(hyphenated(title)).toBe(title);
  });

  describe('with the patterns loaded', () => {
    beforeAll(() => loadPatterns());

    it('marks German syllable breaks in long words and keeps the title otherwise', () => {
      const title = 'Karriere-Post: Wir suchen Servicetechniker:innen';
      const result = hyphenated(title);
      expect(result.replaceAll(SOFT_HYPHEN, '')).toBe(title);
      expect(result).toContain(`Ser${SOFT_HYPHEN}vice`);
      expect(hyphenated('Weihnachtsgruß des Teams')).toContain(`Weih${SOFT_HYPHEN}nachts`);
    });

    it('leaves short words, numbers and punctuation alone', () => {
      expect(hyphenated('Wir sind auf der BAU in 2027!')).toBe('Wir sind auf der BAU in 2027!');
    });
  });
});
