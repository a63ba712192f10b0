/**
 * Has the browser load its locale data while the page waits for its code. The first `Intl` call in
 * a tab loads that data (25-55 ms of main thread on the 2-core bench machine); it used to fall in
 * the first render (react-intl checks the locale), after the page's code had arrived, where it
 * delayed the editor. In the wait for the page's chunks the main thread is idle, so there it is free.
 */
export function warmIntlWhileWaiting(locale: string): void {
  setTimeout(() => {
    try {
      Intl.NumberFormat.supportedLocalesOf(locale);
      Intl.DateTimeFormat.supportedLocalesOf(locale);
      new Intl.PluralRules(locale).select(1);
    } catch {
      // a locale the browser rejects: react-intl reports it where it matters
    }
  }, 0);
}
