/*
 * Titles in the calendar wrap between words and, inside long German words, at syllables with a
 * hyphen ("Servicetech-niker:innen"), never anywhere in a word. CSS `hyphens: auto` with
 * `lang="de"` would do that, but Chromium hyphenates only with a dictionary that it downloads as a
 * component, which Debian's Chromium and an offline Electron do not have (checked: nothing is
 * hyphenated there). So the title gets soft hyphens (U+00AD) from the German TeX patterns of the
 * `hyphen` package: the browser breaks there only when the word does not fit, and shows a hyphen.
 * Copying, the accessible name and search keep the plain title.
 *
 * The patterns are as big as the rest of the app, so they are a script of their own
 * (scripts/hyphenationScript.ts), loaded when the calendar first shows a title. Until then a title
 * is shown unhyphenated (still wrapped between words); useHyphenation re-renders the titles once
 * the patterns are there.
 */
import { useSyncExternalStore } from 'react';
import { loadHyphenation } from 'virtual:hyphenation-de';

export const SOFT_HYPHEN = '\u00ad';

/** Words shorter than this fit a day's column in every view and are left whole. */
const MIN_WORD = 7;
const cache = new Map<string, string>();

type Hyphenate = Awaited<ReturnType<typeof loadHyphenation>>;
let hyphenate: Hyphenate | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Loads the patterns once; resolves when titles are hyphenated from then on. */
export function loadPatterns(): Promise<void> {
  loading ??= loadHyphenation().then(
    (loaded) => {
      hyphenate = loaded;
      for (const listener of listeners) listener();
    },
    () => {
      // Not loaded (offline before the service worker had them): titles stay unhyphenated.
    },
  );
  return loading;
}

/** Whether the patterns are loaded: a component that shows hyphenated text re-renders when they are. */
export function useHyphenation(): boolean {
  return useSyncExternalStore(subscribe, isLoaded);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  void loadPatterns();
  return () => listeners.delete(listener);
}

const isLoaded = () => hyphenate !== null;

/** The title with soft hyphens at its German syllable breaks, remembered per title; as it is until the patterns are loaded. */
export function hyphenated(text: string): string {
  if (!hyphenate) {
    void loadPatterns();
    return text;
  }
  let result = cache.get(text);
  if (result === undefined) {
    result = hyphenate(text, { minWordLength: MIN_WORD });
    // Bounded: a board has a few thousand titles at most; start afresh beyond that.
    if (cache.size > 5000) cache.clear();
    cache.set(text, result);
  }
  return result;
}
