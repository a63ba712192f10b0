/**
 * Calls `then` with the element `find` returns, as soon as it is in the page (now, or when the page
 * next changes), for at most `timeoutMs`; returns a function that stops waiting.
 *
 * A link into the dossier (#block-…, #chapter-…) is followed once the document is here, but the
 * blocks drawn by React node views appear a moment after the editor shows the text, and when the
 * document arrived before the editor was created (it is opened early), that moment comes after the
 * workspace's effects have run.
 */
export function whenDrawn(find: () => Element | null, then: (element: Element) => void, timeoutMs = 10_000): () => void {
  const now = find();
  if (now) {
    then(now);
    return () => {};
  }
  const observer = new MutationObserver(() => {
    const element = find();
    if (!element) return;
    stop();
    then(element);
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
