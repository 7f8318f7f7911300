/*
 * Titles in the calendar wrap between words and, inside long German words, at syllables with a
 * hyphen ("Servicetech-niker:innen"), never anywhere in a word. CSS `hyphens: auto` with
 * `lang="de"` would do that, but Chromium hyphenates only with a dictionary that it downloads as a
 * component, which Debian's Chromium and an offline Electron do not have (checked: nothing is
 * hyphenated there). So the title gets soft hyphens (U+00AD) from the German TeX patterns of the
 * `hyphen` package: the browser breaks there only when the word does not fit, and shows a hyphen.
 * Copying, the accessible name and search keep the plain title.
 */
import { hyphenateSync } from 'hyphen/de';

export const SOFT_HYPHEN = '\u00ad';

/** Words shorter than this fit a day's column in every view and are left whole. */
const MIN_WORD = 7;
const cache = new Map<string, string>();

/** The title with soft hyphens at its German syllable breaks, remembered per title. */
export function hyphenated(text: string): string {
  let result = cache.get(text);
  if (result === undefined) {
    result = hyphenateSync(text, { minWordLength: MIN_WORD });
    // Bounded: a board has a few thousand titles at most; start afresh beyond that.
    if (cache.size > 5000) cache.clear();
    cache.set(text, result);
  }
  return result;
}
