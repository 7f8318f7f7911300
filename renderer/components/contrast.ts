/*
 * Colours the team picks (a person's, a channel's) carry white initials and names. Where white on
 * the picked colour is too faint to read (below WCAG AA's 4.5:1 for small text), the colour is
 * darkened just enough, keeping its hue: Facebook's blue stays blue, a light orange turns a deeper one.
 */

/** WCAG AA for text below 18 pt (14 pt bold). */
const AA = 4.5;
const darkened = new Map<string, string>();

/** A background for white text: `color` when white reads on it, else the same hue darkened. */
export function underWhiteText(color: string): string {
  let known = darkened.get(color);
  if (known === undefined) {
    known = darken(color);
    darkened.set(color, known);
  }
  return known;
}

function darken(color: string): string {
  const rgb = parseHex(color);
  if (!rgb) return color;
  for (let factor = 1; factor > 0; factor -= 0.02) {
    const scaled = rgb.map((c) => Math.round(c * factor)) as [number, number, number];
    if (contrastWithWhite(scaled) >= AA) return factor === 1 ? color : toHex(scaled);
  }
  return '#000000';
}

/** The contrast ratio of white text on `rgb` (WCAG 2: (L1 + 0.05) / (L2 + 0.05)). */
export function contrastWithWhite(rgb: readonly [number, number, number]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}

/** `#rgb` or `#rrggbb` as its channels, or null. */
export function parseHex(color: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!match) return null;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((c) => c + c).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

const toHex = (rgb: readonly number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
