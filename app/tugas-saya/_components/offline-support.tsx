'use client';

import { useEffect, useState } from 'react';
import styles from './my-tasks.module.css';

type Reply = { kept: boolean; fromCache: boolean };

/** Asks the service worker on a private channel; rejects when it does not answer. */
function ask(worker: ServiceWorker | null, message: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    if (!worker) return reject(new Error('no active service worker'));
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('the service worker did not answer')), 20_000);
    channel.port1.onmessage = (event: MessageEvent<Reply>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

/**
 * The registration's active worker, once there is one. Not `navigator.serviceWorker.ready`: it waits for a worker of
 * the URL the document was first loaded at, and a page reached by a client-side link was loaded at another.
 */
function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker | null> {
  const pending = registration.installing ?? registration.waiting;
  if (registration.active || !pending) return Promise.resolve(registration.active);
  return new Promise((resolve) => {
    pending.addEventListener('statechange', () => {
      if (pending.state === 'activated') resolve(pending);
      if (pending.state === 'redundant') resolve(registration.active);
    });
  });
}

/**
 * Keeps Tugas saya readable without a connection: registers public/sw.js for this page and asks it to keep a copy;
 * says so once it is kept, and says "offline, last updated at …" (the texts come worded from the server) when the
 * page was served from the kept copy or the connection drops.
 */
export function OfflineSupport({ offlineText, savedText }: { offlineText: string; savedText: string }) {
  const [kept, setKept] = useState(false);
  const [offline, setOffline] = useState(false);
  const [fromCopy, setFromCopy] = useState(false);
  useEffect(() => {
    let fromCache = false;
    const show = () => setOffline(fromCache || !navigator.onLine);
    window.addEventListener('online', show);
    window.addEventListener('offline', show);
    show();
    if ('serviceWorker' in navigator) {
      const controlled = navigator.serviceWorker.controller !== null;
      navigator.serviceWorker
        .register('/sw.js', { scope: '/tugas-saya' })
        .then(activeWorker)
        .then((worker) => ask(worker, { type: 'keep-page', controlled }))
        .then((reply) => {
          fromCache = reply.fromCache;
          setFromCopy(reply.fromCache);
          setKept(reply.kept);
          show();
        })
        .catch(() => setKept(false));
    }
    return () => {
      window.removeEventListener('online', show);
      window.removeEventListener('offline', show);
    };
  }, []);
  if (offline) return <p className={`note ${styles.offline}`} role="status" data-testid="offline-note" data-from-cache={fromCopy}>{offlineText}</p>;
  return kept ? <p className={`muted ${styles.small}`} data-testid="saved-offline">{savedText}</p> : null;
}
