/** Polls `check` until it returns a truthy value (or stops throwing) instead of sleeping a fixed time. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  options: { timeout?: number; interval?: number; message?: string } = {},
): Promise<T> {
  const { timeout = 10_000, interval = 20, message } = options;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`${message ?? 'condition not met'} within ${timeout} ms${detail}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}
