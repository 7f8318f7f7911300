import { describe, expect, it } from 'vitest';
import { Listeners } from './listeners';

function recorder() {
  const calls: string[] = [];
  return { calls, listener: (name: string) => () => calls.push(name) };
}

describe('Listeners', () => {
  it('calls listeners of the whole document always, and listeners of parts only when one changed', () => {
    const listeners = new Listeners();
    const { calls, listener } = recorder();
    listeners.subscribe(listener('all'));
    listeners.subscribe(listener('card a'), ['card:a']);
    listeners.subscribe(listener('people'), ['people']);
    listeners.notify(['card:a', 'cards.title']);
    expect(calls).toEqual(['all', 'card a']);
    calls.length = 0;
    listeners.notify([]);
    expect(calls).toEqual(['all']);
  });

  it('calls a subscription once when several of its parts changed', () => {
    const listeners = new Listeners();
    const { calls, listener } = recorder();
    listeners.subscribe(listener('conflicts'), ['cards', 'cards.slot', 'cards.archived']);
    listeners.notify(['cards', 'cards.slot', 'card:a']);
    expect(calls).toEqual(['conflicts']);
  });

  it('stops calling a subscription once it ended, also within the notification that ended it', () => {
    const listeners = new Listeners();
    const { calls, listener } = recorder();
    let endSecond = () => {};
    listeners.subscribe(() => {
      calls.push('first');
      endSecond();
    }, ['card:a']);
    endSecond = listeners.subscribe(listener('second'), ['card:a']);
    const endThird = listeners.subscribe(listener('third'));
    listeners.notify(['card:a']);
    expect(calls).toEqual(['third', 'first']);
    calls.length = 0;
    endThird();
    listeners.notify(['card:a']);
    expect(calls).toEqual(['first']);
  });

  it('keeps the other subscriptions of a part when one ends, even if it is ended twice', () => {
    const listeners = new Listeners();
    const { calls, listener } = recorder();
    const end = listeners.subscribe(listener('one'), ['people']);
    listeners.subscribe(listener('two'), ['people']);
    end();
    end();
    listeners.notify(['people']);
    expect(calls).toEqual(['two']);
  });
});
