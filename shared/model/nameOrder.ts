/*
 * Names in German alphabetical order (people are listed this way everywhere), without the
 * collator for the names most teams have.
 *
 * The first use of ICU in a page (Intl.Collator, localeCompare with a locale) loads its data and
 * costs 25–60 ms on the machines here; reading the people for the first frame of a board did
 * that. German collation is the Unicode root collation (no tailoring; 'de' without `co-phonebk`),
 * with punctuation not ignorable. For strings made only of the characters below, every character
 * is one collation element, so the collator's result is a three-level comparison by position:
 *   primary   the base character: space < - < , < . < ' < a/A/ä/Ä < b/B < … < z/Z
 *   secondary a letter with diaeresis after the plain letter (ä after a)
 *   tertiary  a capital after the small letter (A after a)
 * (ä is a + a combining diaeresis; since the strings compared are equal at the primary level when
 * the accents decide, that extra element falls at the same place in both and the order by position
 * is the same.) Any other character (ß, é, digits, …) makes the comparison go to the collator.
 * nameOrder.test.ts checks the fast path against Intl.Collator('de') on random names.
 */

const PUNCTUATION = " -,.'";
const DIAERESIS: { [char: string]: string } = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' };

/** The three weights of a character of the fast path, or null for any other character. */
function weights(char: string): [number, number, number] | null {
  const punctuation = PUNCTUATION.indexOf(char);
  if (punctuation >= 0) return [punctuation, 0, 0];
  const base = DIAERESIS[char];
  const letter = base ?? char;
  const code = letter.charCodeAt(0);
  const secondary = base === undefined ? 0 : 1;
  if (letter.length === 1 && code >= 97 && code <= 122) return [PUNCTUATION.length + code - 97, secondary, 0];
  if (letter.length === 1 && code >= 65 && code <= 90) return [PUNCTUATION.length + code - 65, secondary, 1];
  return null;
}

/** The weights of every character, or null when one is outside the fast path. */
function collationElements(name: string): [number, number, number][] | null {
  const elements: [number, number, number][] = [];
  for (const char of name) {
    const element = weights(char);
    if (!element) return null;
    elements.push(element);
  }
  return elements;
}

let collator: Intl.Collator | undefined;

/** Compares two names as `Intl.Collator('de').compare` does (negative, zero or positive). */
export function compareNames(a: string, b: string): number {
  const x = collationElements(a);
  const y = collationElements(b);
  if (!x || !y) {
    collator ??= new Intl.Collator('de');
    return collator.compare(a, b);
  }
  for (let level = 0; level < 3; level++) {
    const length = Math.min(x.length, y.length);
    for (let i = 0; i < length; i++) {
      const difference = x[i]![level]! - y[i]![level]!;
      if (difference !== 0) return difference;
    }
    // Equal up to the shorter one: the shorter one first (at the primary level only; after it the
    // lengths are equal).
    if (x.length !== y.length) return x.length - y.length;
  }
  return 0;
}
