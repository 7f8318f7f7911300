import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n';
import { overdueSince, planNotifications, summarise, type NotifyItem } from './plan';

const item = (key: string, since: number, kind: NotifyItem['kind'] = 'new'): NotifyItem => ({
  key,
  kind,
  since,
  title: `Karte ${key}`,
});

// The app's German words, as Notifier passes them.
const words = {
  new: (count: number) => translate('de', 'notify.new', { count }),
  overdue: (count: number) => translate('de', 'notify.overdue', { count }),
  changes: (count: number) => translate('de', 'notify.changes', { count }),
  reminded: (count: number) => translate('de', 'notify.reminded', { count }),
  mention: (count: number) => translate('de', 'notify.mention', { count }),
};

describe('notification plan', () => {
  it('tells what is new since this device first saw the workspace, once', () => {
    const state = { firstSeen: 100, notified: [] };
    const first = planNotifications([item('a', 50), item('b', 150)], state);
    expect(first.tell.map((i) => i.key)).toEqual(['b']);
    expect(first.state.notified).toEqual(['a', 'b']);
    const again = planNotifications([item('a', 50), item('b', 150)], first.state);
    expect(again.tell).toEqual([]);
  });

  it('a sync bringing many at once makes one batched notification, not a storm', () => {
    const items = Array.from({ length: 40 }, (_, i) => item(`r${i}`, 200 + i));
    const plan = planNotifications(items, { firstSeen: 100, notified: [] });
    expect(plan.tell).toHaveLength(40);
    expect(summarise(plan.tell, words)).toEqual({
      title: '40 neue Aufgaben',
      body: 'Karte r0 · Karte r1 · Karte r2 · +37',
    });
    expect(planNotifications(items, plan.state).tell).toEqual([]);
  });

  it('combines new, changes and overdue in one title', () => {
    const tell = [item('a', 1), item('b', 1, 'overdue'), item('c', 1, 'overdue'), item('d', 1, 'changes')];
    expect(summarise(tell, words)!.title).toBe(
      'Neue Aufgabe · Änderungen erbeten · 2 Aufgaben sind überfällig',
    );
    expect(summarise([], words)).toBeNull();
  });

  it('tells mentions with the tasks, counted apart', () => {
    const tell = [item('a', 1), item('mention:m1', 1, 'mention'), item('mention:m2', 1, 'mention')];
    expect(summarise(tell, words)!.title).toBe('Neue Aufgabe · 2 neue Erwähnungen');
    expect(summarise([item('mention:m1', 1, 'mention')], words)!.title).toBe('Du wurdest erwähnt');
  });

  it('tells each reminder once, also for a task told before', () => {
    const told = planNotifications([item('new:r1:10', 10)], { firstSeen: 0, notified: [] });
    const reminded = [item('new:r1:10', 10), item('reminded:r1:500', 500, 'reminded')];
    const plan = planNotifications(reminded, told.state);
    expect(plan.tell.map((i) => i.key)).toEqual(['reminded:r1:500']);
    expect(summarise(plan.tell, words)).toEqual({
      title: 'Erinnerung: jemand wartet auf dich',
      body: 'Karte reminded:r1:500',
    });
    expect(planNotifications(reminded, plan.state).tell).toEqual([]);
  });

  it('forgets keys of items that are gone, so the list does not grow forever', () => {
    const plan = planNotifications([item('b', 150)], { firstSeen: 100, notified: ['a', 'x', 'y'] });
    expect(plan.state.notified).toEqual(['b']);
  });

  it('a request becomes overdue at the local midnight after its due date', () => {
    expect(overdueSince('2026-02-28')).toBe(new Date(2026, 2, 1).getTime());
    expect(overdueSince('2026-12-31')).toBe(new Date(2027, 0, 1).getTime());
  });
});
