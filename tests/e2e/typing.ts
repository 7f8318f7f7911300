// Typing the way a person does, so that a field which rewrites its value while it is being typed
// into (trims a space before the next letter arrives, takes a colleague's value over the cursor)
// fails here as it would for a person. `fill` sets the whole value at once and never sees that.
import type { Locator } from '@playwright/test';

/** The text every document-bound field must keep exactly: spaces, a middle dot, umlauts, ß. */
export const PERSON_TYPED = 'Hallo Welt und mehr · Größe ß';

/**
 * Focuses the field, selects what it holds (replaced by the first key, as a person's typing over a
 * selection does) and types `text` key by key with a pause between keys.
 */
export async function typeLikeAPerson(field: Locator, text: string, { delay = 20 } = {}): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+A');
  if (text === '') await field.press('Delete');
  else await field.pressSequentially(text, { delay });
}

/**
 * Types umlauts and ß the way an input method (or a dead-key layout) delivers them: as composed
 * text, not as key presses (Chromium's `Input.insertText`).
 */
export async function composeLikeAnIme(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.page().keyboard.insertText(text);
}

/** Pastes `text` over the field's whole value, as Ctrl+A then Ctrl+V would. */
export async function pasteOver(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+A');
  // A real clipboard needs permissions the harness does not grant; a paste event carries the same.
  await field.evaluate((element, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (element.dispatchEvent(event)) document.execCommand('insertText', false, pasted);
  }, text);
}
