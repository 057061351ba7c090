import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has defaults that need nothing installed', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.port).toBe(3000);
    expect(config.dataDir).toBe('/srv/app/.data');
    expect(config.databaseUrl).toBeUndefined();
  });

  it('resolves DATA_DIR from where the command was typed', () => {
    expect(loadConfig({ DATA_DIR: 'db', INIT_CWD: '/home/me/ql' }, '/home/me/ql/server').dataDir).toBe(
      '/home/me/ql/db',
    );
  });

  it('names every bad variable at once', () => {
    const error = (() => {
      try {
        loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', PUBLIC_ORIGIN: 'nowhere', SEED_ON_START: 'maybe' });
      } catch (e) {
        return e;
      }
    })() as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.problems).toHaveLength(4);
    expect(error.message).toMatch(/PORT="abc"/);
    expect(error.message).toMatch(/DATABASE_URL must start with postgresql:\/\//);
    expect(error.message).toMatch(/PUBLIC_ORIGIN="nowhere"/);
    expect(error.message).toMatch(/SEED_ON_START="maybe"/);
  });

  it('rejects a public origin with a path', () => {
    expect(() => loadConfig({ PUBLIC_ORIGIN: 'https://example.fr/app' })).toThrow(/PUBLIC_ORIGIN/);
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://example.fr/' }).publicOrigin).toBe('https://example.fr');
  });
});
