import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { readCliKey } from '@/db/secrets';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * True when the request carries the key `npm start` handed this run of the app. Compares digests, not the
 * strings: equal lengths whatever bytes a caller sends, and no timing leak.
 */
export function hasCliKey(request: Request): boolean {
  const given = request.headers.get('x-sigap-cli-key');
  const expected = readCliKey();
  if (!given || !expected) return false;
  return timingSafeEqual(digest(given), digest(expected));
}
