import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Generous: the CLI tests spawn real processes, and CI machines are busy.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // PGlite costs ~0.8 GB per instance: keep the database files from running all at once.
    maxWorkers: 2,
  },
});
