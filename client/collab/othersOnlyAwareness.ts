import type { Awareness } from 'y-protocols/awareness';

interface AwarenessChanges {
  added: number[];
  updated: number[];
  removed: number[];
}

type Listener = (changes: AwarenessChanges, origin: unknown) => void;

const onlyClient = (changes: AwarenessChanges, clientId: number) =>
  changes.added.length === 0 && changes.removed.length === 0 && changes.updated.every((id) => id === clientId);

/**
 * The awareness as something that draws other people needs it: its `change` listeners are not
 * called when only this page's own state changed.
 *
 * The caret plugin redraws every caret after each awareness change, and this page's own caret
 * changes at every keystroke, although the plugin never draws it: each key cost a second
 * ProseMirror transaction and a rebuild of everyone's caret decorations. Everything else (state,
 * `update` events, setting fields) is the real awareness.
 */
export function othersOnlyAwareness(awareness: Awareness): Awareness {
  const wrappers = new WeakMap<Listener, Listener>();
  const wrap = (listener: Listener): Listener => {
    let wrapper = wrappers.get(listener);
    if (!wrapper) {
      wrapper = (changes, origin) => {
        if (!onlyClient(changes, awareness.clientID)) listener(changes, origin);
      };
      wrappers.set(listener, wrapper);
    }
    return wrapper;
  };
  return new Proxy(awareness, {
    get(target, property) {
      if (property === 'on' || property === 'off') {
        return (name: string, listener: Listener) => target[property](name as 'change', name === 'change' ? wrap(listener) : listener);
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
