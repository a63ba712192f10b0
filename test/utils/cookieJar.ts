/** The cookies one "browser" holds, per origin, for HTTP tests that walk through redirects by hand. */
export class CookieJar {
  private readonly byOrigin = new Map<string, Map<string, string>>();

  header(url: string): string {
    const cookies = this.byOrigin.get(new URL(url).origin) ?? new Map<string, string>();
    return [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(url: string, name: string): string | undefined {
    return this.byOrigin.get(new URL(url).origin)?.get(name);
  }

  take(url: string, res: Response): void {
    const origin = new URL(url).origin;
    const cookies = this.byOrigin.get(origin) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    this.byOrigin.set(origin, cookies);
  }

  /** GET with this jar's cookies (and any other headers), without following redirects; keeps what the answer sets. */
  async get_(url: string, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(url, { redirect: 'manual', headers: { ...headers, cookie: this.header(url) } });
    this.take(url, res);
    return res;
  }

  /**
   * Follows redirects (GET) from `url` until one leads to `stopAt`'s origin or an answer is not a
   * redirect; returns that redirect's target (or the final answer's URL) and the answer.
   */
  async follow(url: string, stopAt: string): Promise<{ location: string; res: Response }> {
    let next = url;
    for (let hop = 0; hop < 10; hop++) {
      const res = await this.get_(next);
      const location = res.headers.get('location');
      if (!location) return { location: next, res };
      next = new URL(location, next).href;
      if (new URL(next).origin === new URL(stopAt).origin) return { location: next, res };
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
