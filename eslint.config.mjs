import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.next/', '.data/', 'db/migrations/', 'next-env.d.ts', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The environment is read once, through db/env.ts's schema; CLI entry points may hand it on to child processes.
    // (lib/ below forbids process.env with its own rule set, which replaces this one there.)
    files: ['app/**/*.{ts,tsx}', 'db/**/*.ts', 'lib/**/*.{ts,tsx}', 'seeds/**/*.ts', 'i18n/**/*.{ts,tsx}', 'proxy.ts'],
    ignores: ['db/env.ts', 'seeds/cli/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment through db/env.ts (readEnv, serverEnv): one zod schema names every variable.' },
      ],
    },
  },
  {
    // lib/ is the pure domain: no database, no framework, no file formats, no environment, no clock.
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // An allow-list: lib/ by relative path, date-fns and zod; nothing else, Node's built-ins included.
              regex: '^(?!\\.\\.?/|date-fns(/|$)|zod(/|$))',
              message: 'lib/ imports only lib/ (relative paths), date-fns and zod: the database, file formats (papaparse, exceljs), Node, Next.js and React belong in db/ or app/.',
            },
            {
              regex: '^(\\.\\./)+(db|app|seeds|tests)/',
              message: 'lib/ is imported by db/, app/ and seeds/, never the reverse: pass data in.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'lib/ must not read process.env: pass configuration in.' },
        { object: 'Date', property: 'now', message: 'lib/ must not read the clock: pass `today` in.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'lib/ must not touch process.' },
        { name: 'Buffer', message: 'lib/ must not use Node\'s Buffer: take a Uint8Array.' },
      ],
    },
  },
);
