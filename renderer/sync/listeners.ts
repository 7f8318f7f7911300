/*
 * Who hears about a change. A listener of the whole document hears every notification; a listener
 * of some parts hears only the notifications that name one of them. A received edit of one card
 * then calls the few listeners of that card and of the whole document, not the dozen listeners
 * every card tile on the screen holds (each of which React would ask for its snapshot).
 *
 * What holds: a subscription is called at most once per notification, however many of its parts
 * changed, and one that ends during a notification (a component unmounted by an earlier listener)
 * is not called after it.
 */
export type Listener = () => void;

interface Subscription {
  readonly listener: Listener;
  active: boolean;
}

export class Listeners {
  private readonly all = new Set<Subscription>();
  private readonly byPart = new Map<string, Set<Subscription>>();

  /** Without parts, the listener hears every notification. */
  subscribe(listener: Listener, parts?: readonly string[]): () => void {
    const subscription: Subscription = { listener, active: true };
    if (!parts) this.all.add(subscription);
    for (const part of parts ?? []) {
      let set = this.byPart.get(part);
      if (!set) this.byPart.set(part, (set = new Set()));
      set.add(subscription);
    }
    return () => {
      subscription.active = false;
      this.all.delete(subscription);
      for (const part of parts ?? []) {
        const set = this.byPart.get(part);
        set?.delete(subscription);
        if (set?.size === 0) this.byPart.delete(part);
      }
    };
  }

  /** Calls the listeners of the whole document and those of the changed parts. */
  notify(changed: Iterable<string>): void {
    const called = new Set(this.all);
    for (const part of changed) this.byPart.get(part)?.forEach((subscription) => called.add(subscription));
    called.forEach((subscription) => subscription.active && subscription.listener());
  }

  clear(): void {
    this.all.forEach((subscription) => (subscription.active = false));
    this.byPart.forEach((set) => set.forEach((subscription) => (subscription.active = false)));
    this.all.clear();
    this.byPart.clear();
  }
}
