import type { Lang } from '@/lib/i18n/languages';
import type { formats } from './config';
import type { Messages } from './messages/id';

// Typed keys and formats for useTranslations/getTranslations, useFormatter/getFormatter and createTranslator.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Lang;
    Messages: Messages;
    Formats: typeof formats;
  }
}
