import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastWithWhite, parseHex, underWhiteText } from './contrast';

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);

describe('underWhiteText', () => {
  it('gives the contrast ratios WCAG gives', () => {
    expect(contrastWithWhite([0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrastWithWhite([255, 255, 255])).toBeCloseTo(1, 5);
    // Facebook's blue, as the accessibility check measured it.
    expect(contrastWithWhite(parseHex('#1877f2')!)).toBeCloseTo(4.23, 2);
  });

  it('keeps a colour white reads on, and darkens any other just enough, keeping its hue', () => {
    expect(underWhiteText('#5f3dc4')).toBe('#5f3dc4');
    expect(underWhiteText('#1877f2')).toBe('#1772e8');
    fc.assert(
      fc.property(hex, (color) => {
        const rgb = parseHex(color)!;
        const result = parseHex(underWhiteText(color))!;
        expect(contrastWithWhite(result)).toBeGreaterThanOrEqual(4.5);
        if (contrastWithWhite(rgb) >= 4.5) expect(underWhiteText(color)).toBe(color);
        // Darker in every channel by the same factor (up to rounding): the same hue.
        result.forEach((c, i) => expect(c).toBeLessThanOrEqual(rgb[i]!));
        const factor = Math.max(...result) / Math.max(1, Math.max(...rgb));
        result.forEach((c, i) => expect(Math.abs(c - rgb[i]! * factor)).toBeLessThanOrEqual(1.5));
      }),
      { numRuns: 500 },
    );
  });

  it('reads the short form, and leaves what is not a hex colour alone', () => {
    expect(underWhiteText('#abc')).toBe(underWhiteText('#aabbcc'));
    expect(underWhiteText('rebeccapurple')).toBe('rebeccapurple');
    expect(underWhiteText('#12')).toBe('#12');
  });
});
