import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql requires graphql's CommonJS build; make every import resolve to that one copy.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    environment: 'node',
    pool: 'forks',
    // Each test file starts its own database (embedded, or a fresh one on DATABASE_URL).
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
