import { vi } from 'vitest';

// `server-only` throws outside a React Server Component bundle; the data layer is tested directly.
vi.mock('server-only', () => ({}));

// Secrets come from the environment in tests, so nothing is written beside a data folder.
process.env.SIGAP_AUTH_SECRET ??= 'test-auth-secret-that-is-long-enough-0123456789';
process.env.SIGAP_FAMILY_HASH_KEY ??= 'test-family-hash-key-long-enough-0123456789';
