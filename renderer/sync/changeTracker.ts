/*
 * What changed in a workspace document, by part. The parts are the contract between the session
 * and every selector that names what it reads (useDocValue, onChangesOf):
 *
 *   'meta', 'columns', 'channels', 'people', 'requests', 'history', 'meetings'
 *                      a top-level map, changed anywhere inside (TOP_LEVEL_MAPS in the schema)
 *   'cards'            a card added or removed
 *   'cards.<field>'    that field of any card (CARD_FIELDS; an edit inside the body is 'cards.body')
 *   'card:<id>'        anything of one card (cardPart)
 *   'connection'       sync status and presence: outside the document, emitted by the session
 *
 * `Part` is derived from the schema's lists, so a misspelt or unknown part is a type error, and
 * changeTracker.test.ts checks that every part of the contract moves when its data does.
 *
 * What holds: `changesOf(part)` only grows, and grows with every transaction that changed the
 * part; `takeTouched()` hands out the parts changed since it was last called, for one notification.
 */
import * as Y from 'yjs';
import { TOP_LEVEL_MAPS, type CardField, type TopLevelMap } from '../../shared/model';

export type CardPart = `card:${string}`;
export type DocPart = Exclude<TopLevelMap, 'cards'> | 'cards' | `cards.${CardField}`;
export type Part = DocPart | CardPart | 'connection';

/** The part a subscriber of one card names: it changes with every change to that card. */
export const cardPart = (id: string): CardPart => `card:${id}`;
/** The part of changes outside the document: sync status and presence. */
export const CONNECTION_PARTS: readonly Part[] = ['connection'];

export class ChangeTracker {
  private readonly counts = new Map<Part, number>();
  private readonly touched = new Set<Part>();

  /** `onCardChanged` hears the id of every card that changed (the session drops its cached read). */
  constructor(doc: Y.Doc, onCardChanged: (id: string) => void = () => {}) {
    const cards = doc.getMap<unknown>('cards');
    const cardChanged = (id: string) => {
      onCardChanged(id);
      this.touched.add(cardPart(id));
    };
    cards.observeDeep((events) => {
      for (const event of events) {
        if (event instanceof Y.YMapEvent && event.target === cards) {
          // keysChanged, not changes.keys: computing the changes looks each key up in the delete
          // set, which on loading the document costs more than dropping a cached card too many.
          event.keysChanged.forEach((key) => cardChanged(String(key)));
          this.changed('cards');
        } else {
          cardChanged(String(event.path[0]));
          // The card's own map names its changed fields; a nested type (the body) is one field.
          const own = event.path.length === 1 && event instanceof Y.YMapEvent;
          const fields = own ? event.keysChanged : [event.path[1]];
          fields.forEach((field) => this.changed(`cards.${String(field)}` as DocPart));
        }
      }
    });
    for (const part of TOP_LEVEL_MAPS)
      if (part !== 'cards') doc.getMap(part).observeDeep(() => this.changed(part));
  }

  private changed(part: DocPart) {
    this.counts.set(part, (this.counts.get(part) ?? 0) + 1);
    this.touched.add(part);
  }

  /** A count that grows whenever this part changes. */
  changesOf(part: Part): number {
    return this.counts.get(part) ?? 0;
  }

  /** The parts changed since the last call, for one notification. */
  takeTouched(): Part[] {
    const parts = [...this.touched];
    this.touched.clear();
    return parts;
  }
}
