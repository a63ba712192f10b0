/**
 * API answers asked for from the address alone, while the page's code is still on its way, and
 * taken once by the page when it first needs them. The dossier page asked who is signed in only
 * after its chunk had arrived and drawn once, so the editor, with the document already here, sat
 * waiting a round trip behind a busy main thread for those answers.
 *
 * An answer is taken at most once: later questions (a membership change, a retry) ask afresh.
 */
const early = new Map<string, Promise<unknown>>();

export function askEarly(key: string, ask: () => Promise<unknown>): void {
  if (early.has(key)) return;
  const answer = ask();
  answer.catch(() => {}); // reported to whoever takes it; never an unhandled rejection if nobody does
  early.set(key, answer);
}

/** The early answer for `key` if one was asked for and not yet taken, else a fresh question. */
export function takeEarly<T>(key: string, ask: () => Promise<T>): Promise<T> {
  const answer = early.get(key) as Promise<T> | undefined;
  early.delete(key);
  return answer ?? ask();
}

/** The early answer for `key` without taking it (the page still takes it), or a fresh question. */
export function peekEarly<T>(key: string, ask: () => Promise<T>): Promise<T> {
  askEarly(key, ask);
  return early.get(key) as Promise<T>;
}
