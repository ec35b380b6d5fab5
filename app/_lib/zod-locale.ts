import { z } from 'zod';

// Validation messages reach users: Indonesian by default (zod ships the locale).
z.config(z.locales.id());
