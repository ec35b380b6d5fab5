import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { createAuth, type Auth } from '@/db/auth';
import type { Db } from '@/db/client';
import { getTokenViewer } from '@/db/queries/tokens';
import { getViewer } from '@/db/queries/users';
import { serverEnv } from '@/db/env';
import { readSecrets } from '@/db/secrets';
import { decide, mayDo, type Action, type Viewer } from '@/lib/auth/permissions';
import { checkWriteOrigin, isWriteMethod, servedOrigins } from '@/lib/auth/request-origin';
import { routeRules, type GuardedRoute } from '@/lib/auth/routes';
import { scopeOf, type ViewerScope } from '@/lib/auth/scope';
import { requestDb } from './db';
import { errorResponse } from './http';

declare global {
  /** better-auth over the database handle it was made for, shared by dev reloads and route bundles */
  var sigapAuth: { db: Db; auth: Auth } | undefined;
}

/** The app's better-auth instance over the request's database (made once per database handle). */
export async function getAuth(db?: Db): Promise<Auth> {
  db ??= await requestDb();
  if (globalThis.sigapAuth?.db !== db) {
    globalThis.sigapAuth = { db, auth: createAuth({ db, secret: readSecrets().authSecret, publicOrigin: serverEnv().publicOrigin }) };
  }
  return globalThis.sigapAuth.auth;
}

/** Who is asking: a bearer token (machine clients) or the session cookie (people); null when neither is valid. */
export async function viewerFrom(db: Db, requestHeaders: Headers): Promise<Viewer | null> {
  const authorization = requestHeaders.get('authorization');
  if (authorization) {
    const [scheme, token] = authorization.split(' ');
    return scheme?.toLowerCase() === 'bearer' && token ? getTokenViewer(db, token, new Date()) : null;
  }
  const session = await (await getAuth(db)).api.getSession({ headers: requestHeaders });
  return session ? getViewer(db, session.user.id) : null;
}

const originMessages = { foreign_origin: 'foreignOrigin', cross_site: 'foreignOrigin', no_origin: 'noOrigin' } as const;

/**
 * 403 unless a state-changing request comes from the app's own pages (Origin the app is served from, Sec-Fetch-Site
 * same-origin when sent); null when it does. Another site's form or fetch cannot write with a user's cookie.
 */
export function refuseForeignWrite(request: Request): Response | null {
  const verdict = checkWriteOrigin({
    origin: request.headers.get('origin'),
    secFetchSite: request.headers.get('sec-fetch-site'),
    allowed: servedOrigins({ host: request.headers.get('host') ?? new URL(request.url).host, publicOrigin: serverEnv().publicOrigin }),
  });
  return verdict === 'same_origin' ? null : errorResponse(request, 403, originMessages[verdict]);
}

export type Gate = { ok: true; viewer: Viewer; scope: ViewerScope; db: Db } | { ok: false; response: Response };

/**
 * The check at the top of every route handler: 401 without a valid session or token, 403 when the role may not
 * take the route's action (routeRules), else the viewer, the scope every query of the request takes, and the database.
 */
export async function guardRoute(request: Request, route: GuardedRoute): Promise<Gate> {
  // Bearer tokens are for machines and carry no ambient authority; a cookie does, so its writes must be our own.
  if (isWriteMethod(request.method) && request.headers.has('cookie') && !request.headers.has('authorization')) {
    const foreign = refuseForeignWrite(request);
    if (foreign) return { ok: false, response: foreign };
  }
  const db = await requestDb();
  const viewer = await viewerFrom(db, request.headers);
  if (!viewer) return { ok: false, response: errorResponse(request, 401, 'signInFirst') };
  if (!mayDo(viewer, routeRules[route])) return { ok: false, response: errorResponse(request, 403, 'roleNotAllowed') };
  return { ok: true, viewer, scope: scopeOf(viewer), db };
}

/**
 * null when `areaCode` is inside the viewer's areas for `action`; else 403, or 404 where the thing's existence is
 * itself private (`hide`). `overlap`: an area holding one of the viewer's areas counts too.
 */
export function scopeError(request: Request, viewer: Viewer, action: Action, areaCode: string, { hide = false, overlap = false } = {}): Response | null {
  if (decide({ viewer, action, areaCode, overlap }) === 'allowed') return null;
  return hide ? errorResponse(request, 404, 'notFound') : errorResponse(request, 403, 'areaOutsideScope', { values: { areaCode } });
}

/** The signed-in viewer of a page, or null; looked up once per request however many components ask. */
export const currentViewer = cache(async (): Promise<Viewer | null> => viewerFrom(await requestDb(), await headers()));

/**
 * The check at the top of every page: the sign-in page when nobody is signed in, 403 when the role may not take
 * `action` (or the area is outside the viewer's); else the viewer and the scope the page's queries take.
 */
export async function requirePage(action: Action, { path, areaCode, overlap = false }: { path: string; areaCode?: string; overlap?: boolean }): Promise<{ viewer: Viewer; scope: ViewerScope }> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/masuk?lanjut=${encodeURIComponent(path)}`);
  if (decide({ viewer, action, areaCode, overlap }) !== 'allowed') forbidden();
  return { viewer, scope: scopeOf(viewer) };
}
