/**
 * Where a browser request may come from: the address the app was reached at (the request's own Host, over http or
 * https) and the public URL the operator declares. Comparing Origin with Host is what stops another site's page
 * from writing with a signed-in user's cookie; the attacker's page cannot choose the Host its victim's browser sends.
 */
export function servedOrigins({ host, publicOrigin }: { host: string | null; publicOrigin?: string | null }): string[] {
  const origins = host && /^[\w.-]+(:\d{1,5})?$|^\[[\d:a-f.]+\](:\d{1,5})?$/i.test(host) ? [`http://${host}`, `https://${host}`] : [];
  return publicOrigin ? [...origins, publicOrigin] : origins;
}

export type WriteOriginCheck = 'same_origin' | 'foreign_origin' | 'cross_site' | 'no_origin';

/**
 * Whether a state-changing request carried by a session cookie comes from the app's own pages: its `Origin` must be
 * one the app is served from and `Sec-Fetch-Site`, when sent, must say same-origin. A write that names neither is
 * refused too: every browser sends Origin on POST and DELETE, and machines use bearer tokens.
 */
export function checkWriteOrigin({ origin, secFetchSite, allowed }: { origin: string | null; secFetchSite: string | null; allowed: readonly string[] }): WriteOriginCheck {
  if (secFetchSite !== null && secFetchSite !== 'same-origin') return 'cross_site';
  if (origin === null) return secFetchSite === 'same-origin' ? 'same_origin' : 'no_origin';
  return allowed.includes(origin.toLowerCase()) ? 'same_origin' : 'foreign_origin';
}

/** Methods that change state and so need the origin check. */
export function isWriteMethod(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}
