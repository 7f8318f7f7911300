/// <reference types="vite-plugin-pwa/vanillajs" />

/** The German hyphenation patterns, loaded on first use (scripts/hyphenationScript.ts). */
declare module 'virtual:hyphenation-de' {
  export const loadHyphenation: () => Promise<typeof import('hyphen/de').hyphenateSync>;
}
