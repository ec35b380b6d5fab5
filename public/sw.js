/* global self, caches, fetch, Response, Headers, URL */
/**
 * Sigap's service worker: keeps the last opened Tugas saya page, and the static files it loads, so a PPL can read
 * their assignment without a connection. Registered by app/tugas-saya/_components/offline-support.tsx with scope
 * /tugas-saya, so it sees only that page and the requests it makes. The page comes from the network first and from
 * the kept copy only when the network fails. Nothing else is kept: no API answer, no other page.
 */
const CACHE = 'sigap-tugas-saya-v1';
const PAGE = new URL('/tugas-saya', self.location.origin).href;
/** Clients (pages) this worker answered from the kept copy: they say "offline" when they ask. */
const servedFromCache = new Set();
/** The latest keeping of a page fetched through this worker. */
let keeping = Promise.resolve(false);

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('sigap-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

const sameOrigin = (url) => url.origin === self.location.origin;

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!sameOrigin(url)) return;
  if (request.mode === 'navigate' && url.pathname === '/tugas-saya') event.respondWith(pageFromNetworkFirst(event));
  else if (url.pathname.startsWith('/_next/static/')) event.respondWith(assetFromCacheFirst(request));
});

async function pageFromNetworkFirst(event) {
  try {
    const response = await fetch(event.request);
    if (keepable(response)) {
      keeping = keep(response.clone()).catch(() => false);
      event.waitUntil(keeping);
    }
    return response;
  } catch (error) {
    const kept = await (await caches.open(CACHE)).match(PAGE, { ignoreVary: true, ignoreSearch: true });
    if (!kept) throw error;
    if (event.resultingClientId) servedFromCache.add(event.resultingClientId);
    return kept;
  }
}

/** Static files have content-hashed names and never change: the kept one when there is one. */
async function assetFromCacheFirst(request) {
  const kept = await (await caches.open(CACHE)).match(request, { ignoreVary: true });
  return kept || fetch(request);
}

function keepable(response) {
  return response.ok && response.type === 'basic' && (response.headers.get('content-type') || '').startsWith('text/html');
}

/** Keeps a page and the static files its HTML names, and lets go of everything else kept before. */
async function keep(response) {
  const html = await response.text();
  const cache = await caches.open(CACHE);
  const wanted = new Set([PAGE]);
  for (const path of new Set(html.match(/\/_next\/static\/[^"'\s\\)]+/g) || [])) {
    const url = new URL(path, self.location.origin).href;
    wanted.add(url);
    if (await cache.match(url, { ignoreVary: true })) continue;
    const asset = await fetch(url).catch(() => null);
    if (asset && asset.ok) await cache.put(url, asset);
  }
  const headers = new Headers(response.headers);
  headers.delete('vary');
  await cache.put(PAGE, new Response(html, { status: response.status, statusText: response.statusText, headers }));
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
  return true;
}

/**
 * A page asks to be kept ({ type: 'keep-page', controlled }) on a MessageChannel port and hears back
 * { kept, fromCache }: whether a copy is kept now, and whether it was itself served from the kept copy. A page
 * this worker did not fetch (the first visit, before the worker took over) is fetched again to be kept.
 */
self.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!port || !event.data || event.data.type !== 'keep-page') return;
  event.waitUntil(
    (async () => {
      if (event.source && servedFromCache.has(event.source.id)) return port.postMessage({ kept: true, fromCache: true });
      let kept = event.data.controlled ? await keeping : false;
      if (!kept) {
        const response = await fetch(PAGE, { credentials: 'same-origin' }).catch(() => null);
        kept = response !== null && keepable(response) ? await keep(response).catch(() => false) : false;
      }
      if (!kept) kept = Boolean(await (await caches.open(CACHE)).match(PAGE, { ignoreVary: true }));
      port.postMessage({ kept, fromCache: false });
    })(),
  );
});
