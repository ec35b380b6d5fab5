import { vi } from 'vitest';

// `server-only` throws outside a React Server Component bundle; the data layer is tested directly.
vi.mock('server-only', () => ({}));
