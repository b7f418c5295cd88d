import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test process may talk to loopback only: see test/setup/loopback-guard.ts.
    setupFiles: ['test/setup/loopback-guard.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'commands/**/*.ts'],
      reporter: ['text-summary', 'text'],
    },
  },
});
