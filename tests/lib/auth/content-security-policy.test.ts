import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';

describe('contentSecurityPolicy', () => {
  const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

  it('allows scripts only with the nonce, never inline or eval in production', () => {
    const script = directive(contentSecurityPolicy({ nonce: 'abc123', dev: false }), 'script-src');
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
  });

  it('adds eval only for the development server', () => {
    expect(directive(contentSecurityPolicy({ nonce: 'n', dev: true }), 'script-src')).toContain("'unsafe-eval'");
  });

  it.each([
    ['worker-src', "worker-src 'self'"],
    ['manifest-src', "manifest-src 'self'"],
  ])('lets the app\'s own %s load (the Tugas saya service worker, the web app manifest)', (name, expected) => {
    expect(directive(contentSecurityPolicy({ nonce: 'n', dev: false }), name)).toBe(expected);
  });

  it.each([
    ['object-src', "object-src 'none'"],
    ['frame-ancestors', "frame-ancestors 'none'"],
    ['base-uri', "base-uri 'self'"],
    ['form-action', "form-action 'self'"],
  ])('keeps %s closed', (name, expected) => {
    expect(directive(contentSecurityPolicy({ nonce: 'n', dev: false }), name)).toBe(expected);
  });
});
