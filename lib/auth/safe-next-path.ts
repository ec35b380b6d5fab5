/**
 * Where to go after signing in: a path of this app, else the home page. Browsers read `/\evil.example` and
 * `//evil.example` as another host, and tabs or newlines inside a URL are dropped before it is followed, so only a
 * plain absolute path of printable characters without a backslash is kept.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2048) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not pass
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f\s]/.test(value)) return '/';
  const resolved = new URL(value, 'http://sigap.invalid');
  return resolved.origin === 'http://sigap.invalid' ? `${resolved.pathname}${resolved.search}${resolved.hash}` : '/';
}
