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
    // lib/ is the pure domain: no database, no framework, no environment, no clock.
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/db', '@/db/*', '**/db/*', '../db/*'], message: 'lib/ must not import db/: pass data in.' },
            { group: ['next', 'next/*'], message: 'lib/ must not import Next.js.' },
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'lib/ must not import React.' },
            { group: ['@/app/*', '@/seeds/*'], message: 'lib/ is imported by app/ and seeds/, never the reverse.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'lib/ must not read process.env: pass configuration in.' },
        { object: 'Date', property: 'now', message: 'lib/ must not read the clock: pass `today` in.' },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'lib/ must not touch process.' }],
    },
  },
);
