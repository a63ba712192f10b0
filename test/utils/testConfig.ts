import { configFromEnv, type Config } from '../../server/config.ts';

/** The defaults, as a test server wants them: a free port on loopback, no logs, no demo. */
export function testConfig(overrides: Partial<Config> & { dataDir: string }): Config {
  return { ...configFromEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DEMO: '0' }), ...overrides };
}
