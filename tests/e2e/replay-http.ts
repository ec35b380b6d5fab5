import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/** One answer of the app, read whole. */
export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export interface Send {
  method?: string;
  /** sent exactly as written: `%2e%2e`, a bad escape or a 10,000-character segment reach the app as they are */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** a loopback address of 127/8 to send from, so the app sees another client */
  localAddress?: string;
}

/** One raw HTTP request (node:http, not fetch: fetch would normalise the path and refuse some headers). */
export function send(base: string, { method = 'GET', path, headers = {}, body, localAddress }: Send): Promise<Reply> {
  const { hostname, port } = new URL(base);
  // Node sends a DELETE's body without a length unless told: the server would read it as the next request.
  const length: Record<string, string> = body !== undefined && !headers['transfer-encoding'] ? { 'content-length': String(Buffer.byteLength(body)) } : {};
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ hostname, port, method, path, headers: { ...length, ...headers }, localAddress, timeout: 120_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const all = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: all, text: all.toString('utf8') });
      });
      response.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`${method} ${path.slice(0, 80)}: no answer in 120 s`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * A probe identity: its own address behind the declared proxy (X-Forwarded-For, believed from 127.0.0.1 only), and
 * its session cookie or bearer token once it has one. Writes carry the app's own Origin unless a probe says otherwise.
 */
export class Client {
  cookie = '';
  bearer = '';

  constructor(
    readonly base: string,
    readonly forwardedFor: string,
  ) {}

  send(s: Send): Promise<Reply> {
    const auth: Record<string, string> = {};
    if (this.cookie) auth.cookie = this.cookie;
    if (this.bearer) auth.authorization = `Bearer ${this.bearer}`;
    const origin: Record<string, string> = (s.method ?? 'GET') === 'GET' ? {} : { origin: this.base };
    return send(this.base, { ...s, headers: { 'x-forwarded-for': this.forwardedFor, ...origin, ...auth, ...s.headers } });
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.send({ path, headers });
  }

  /** A JSON request: an object is serialised, a string or bytes are sent as they are (broken JSON included). */
  json(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
    const raw = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    return this.send({ method, path, headers: { 'content-type': 'application/json', ...headers }, body: raw });
  }

  csv(path: string, body: string | Buffer, headers: Record<string, string> = {}) {
    return this.send({ method: 'POST', path, headers: { 'content-type': 'text/csv', ...headers }, body });
  }

  /** Signs in through the auth endpoint and keeps the session cookie. */
  async signIn(username: string, host?: string): Promise<this> {
    const headers: Record<string, string> = host ? { host, origin: `http://${host}` } : {};
    const reply = await this.json('POST', '/api/auth/sign-in/username', { username, password: 'regsosek2022' }, headers);
    if (reply.status !== 200) throw new Error(`sign-in as ${username}: ${reply.status} ${reply.text.slice(0, 200)}`);
    this.cookie = [reply.headers['set-cookie'] ?? []].flat().map((c) => c.split(';')[0]).join('; ');
    return this;
  }
}

export const parseJson = <T>(reply: Reply): T => JSON.parse(reply.text) as T;

/** What a probe must get back: a status, one of several, or any status in a range. */
export type Want = number | readonly number[] | { from: number; to: number };

const wanted = (want: Want, status: number) =>
  typeof want === 'number' ? status === want : 'from' in want ? status >= want.from && status <= want.to : want.includes(status);

// A Node.js stack frame, a source path or a bundle chunk in an answer means an error escaped its handler.
const stackTrace = /\n\s+at [\w$.<>[\] ]+ \(|node_modules\/|\.next\/server|webpack-internal:|\.tsx?:\d+:\d+/;

/**
 * Collects what every probe found wrong instead of stopping at the first, and counts probes per route. Rules of every
 * answer: never 5xx, never a stack trace; an API refusal is JSON `{ error }`, a page refusal a 4xx HTML page.
 */
export class Probes {
  readonly problems: string[] = [];
  /** probes sent per route by every case of the run, for the closing count */
  static readonly counts = new Map<string, number>();

  async check(route: string, label: string, reply: Promise<Reply> | Reply, want: Want): Promise<Reply> {
    Probes.counts.set(route, (Probes.counts.get(route) ?? 0) + 1);
    const r = await reply;
    const what = `${route} · ${label}`;
    const snippet = () => r.text.replace(/\s+/g, ' ').slice(0, 160);
    if (r.status >= 500) this.problems.push(`${what}: ${r.status} ${snippet()}`);
    else if (!wanted(want, r.status)) this.problems.push(`${what}: expected ${JSON.stringify(want)}, got ${r.status} ${snippet()}`);
    if (stackTrace.test(r.text)) this.problems.push(`${what}: a stack trace in the answer`);
    const type = String(r.headers['content-type'] ?? '');
    if (r.status >= 400 && route.includes(' /api/')) {
      const error = type.startsWith('application/json') ? (JSON.parse(r.text) as { error?: unknown }).error : undefined;
      if (typeof error !== 'string' || error.length === 0) this.problems.push(`${what}: ${r.status} without a JSON { error } (${type || 'no content type'}: ${snippet()})`);
    }
    if (r.status >= 400 && route.startsWith('PAGE ') && !type.startsWith('text/html')) this.problems.push(`${what}: ${r.status} is not a page (${type})`);
    return r;
  }

  /** A condition that must hold (a re-read list, a header); recorded like a failed probe. */
  expect(condition: unknown, message: string) {
    if (!condition) this.problems.push(message);
  }

  /** Throws once with every problem found, so one run lists them all. */
  settle(name: string) {
    if (this.problems.length > 0) throw new Error(`${name}: ${this.problems.length} problem(s)\n      ${this.problems.join('\n      ')}`);
  }
}
