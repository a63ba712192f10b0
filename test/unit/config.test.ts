import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, configTable, SETTINGS } from '../../server/config.ts';
import { readConfigTable, replaceConfigTable } from '../../scripts/readmeConfigTable.ts';

const readme = readFileSync(resolve(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('configuration', () => {
  it('the README table is the one generated from the declarations (npm run config:table)', () => {
    expect(readConfigTable(readme)).toBe(configTable());
  });

  it('the generated table has one row per declared variable', () => {
    const variables = configTable()
      .split('\n')
      .slice(2)
      .map((row) => row.split('|')[1]!.trim().replaceAll('`', ''));
    expect(variables).toEqual(Object.values(SETTINGS).map((s) => s.env));
  });

  it('replacing the table keeps the rest of the README', () => {
    const replaced = replaceConfigTable(readme, '| variable | default | meaning |\n| --- | --- | --- |\n| `X` | `1` | x |');
    expect(readConfigTable(replaced)).toContain('| `X` | `1` | x |');
    expect(replaced.replace(/\| variable[\s\S]*?\n(?!\|)/, '')).toBe(readme.replace(/\| variable[\s\S]*?\n(?!\|)/, ''));
  });

  it('an empty environment gives the declared defaults', () => {
    const config = configFromEnv({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('0.0.0.0');
    expect(config.dataDir).toBe(resolve('./data'));
    expect(config.authSecret).toBeUndefined();
    expect(config.maxMessageBytes).toBe(4 * 1024 * 1024);
    expect(config.sqliteSynchronous).toBe('normal');
    expect(config.demo).toBe(true);
    expect(Object.keys(config).sort()).toEqual(Object.keys(SETTINGS).sort());
  });

  it('reads and converts values', () => {
    const config = configFromEnv({
      PORT: '0',
      DATA_DIR: '/tmp/jointly',
      DEMO: '0',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'https://jointly.example',
    });
    expect(config).toMatchObject({
      port: 0,
      dataDir: '/tmp/jointly',
      demo: false,
      logLevel: 'silent',
      publicUrl: 'https://jointly.example',
    });
  });

  it('a bad value stops the start with a message naming each variable', () => {
    expect(() => configFromEnv({ PORT: 'eighty', AUTH_SECRET: 'short', SQLITE_SYNCHRONOUS: 'off' })).toThrow(ConfigError);
    expect(() => configFromEnv({ PORT: 'eighty', AUTH_SECRET: 'short', SQLITE_SYNCHRONOUS: 'off' })).toThrow(
      /Invalid configuration:\n {2}PORT: .+\n {2}AUTH_SECRET: AUTH_SECRET must be at least 32 characters\n {2}SQLITE_SYNCHRONOUS: /,
    );
  });

  it('single sign-on is off unless configured, and an issuer without its client stops the start', () => {
    expect(configFromEnv({})).toMatchObject({ oidcIssuer: undefined, oidcName: 'your institution' });
    expect(() => configFromEnv({ OIDC_ISSUER: 'https://login.uni.example' })).toThrow(
      /OIDC_ISSUER: single sign-on also needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/,
    );
    expect(
      configFromEnv({
        OIDC_ISSUER: 'https://login.uni.example',
        OIDC_CLIENT_ID: 'jointly',
        OIDC_CLIENT_SECRET: 's',
        OIDC_NAME: 'Uni account',
      }),
    ).toMatchObject({ oidcIssuer: 'https://login.uni.example', oidcClientId: 'jointly', oidcName: 'Uni account' });
  });
});
