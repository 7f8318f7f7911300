// axe-core (Deque's WCAG rules, as browser extensions run them) on a page of the app.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type * as Axe from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** The WCAG A and AA violations axe finds on the page as it is now. */
export async function violations(page: Page): Promise<Violation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules: {
        // A card's button is named by its title ("Karte öffnen: …") and described by the rest it
        // shows (aria-describedby): voice control finds it by the title, a screen reader says all.
        // This rule would want the tags, channels and owner in the name as well.
        'label-content-name-mismatch': { enabled: false },
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  });
}

/** Fails with the violations axe finds on the page as it is now, named by `screen`. */
export async function expectAccessible(page: Page, screen: string) {
  expect(await violations(page), screen).toEqual([]);
}
