// Reading what the calendar shows and prints: where the browser broke a title's lines, and the
// words of a PDF with their positions (pdftotext -bbox, from Debian's poppler-utils).
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';

export interface ShownTitle {
  /** The card's title, from the button's accessible name. */
  title: string;
  /** The text shown, without its soft hyphens. */
  shown: string;
  /** Line breaks that fall inside a word (not after a space, a hyphen or a soft hyphen), as "Weihnachtsgr|uß". */
  cutInsideWord: string[];
  /** True when part of the title is hidden (clamped, clipped or cut with an ellipsis). */
  clipped: boolean;
}

/** Each title matched by `selector`, with the places where its lines break. */
export function titleBreaks(page: Page, selector: string): Promise<ShownTitle[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const label =
        element.closest('.draggable-card')?.querySelector('.draggable-open')?.getAttribute('aria-label') ??
        '';
      const text = element.textContent ?? '';
      const node = element.firstChild;
      const cuts: string[] = [];
      let lastTop: number | null = null;
      if (node) {
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = [...range.getClientRects()].filter((r) => r.width > 0).pop();
          if (!rect) continue;
          if (lastTop !== null && rect.top > lastTop + 2 && !/[\s\-\u00ad/]/.test(text[i - 1] ?? ' '))
            cuts.push(`${text.slice(0, i)}|${text.slice(i)}`.replaceAll('\u00ad', ''));
          lastTop = rect.top;
        }
      }
      const style = getComputedStyle(element);
      return {
        title: label.replace(/^(Beitrag|Idee) öffnen: /, ''),
        shown: text.replaceAll('\u00ad', ''),
        cutInsideWord: cuts,
        clipped:
          element.scrollHeight > element.clientHeight + 1 ||
          element.scrollWidth > element.clientWidth + 1 ||
          style.textOverflow === 'ellipsis' ||
          style.webkitLineClamp !== 'none',
      };
    }),
  );
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of a PDF's pages with their boxes in points, in the order pdftotext reads them. */
export function pdfWords(path: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-']).toString();
  const words: PdfWord[] = [];
  for (const match of html.matchAll(
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    const [, xMin, yMin, xMax, yMax, text] = match;
    words.push({
      text: text!
        .replaceAll('&amp;', '&')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"'),
      xMin: Number(xMin),
      yMin: Number(yMin),
      xMax: Number(xMax),
      yMax: Number(yMax),
    });
  }
  return words;
}
