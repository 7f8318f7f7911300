// The German hyphenation patterns, loaded on first use (scripts/hyphenationScript.ts).
declare module 'virtual:hyphenation-de' {
  export const loadHyphenation: () => Promise<(text: string, options?: { minWordLength?: number }) => string>;
}
