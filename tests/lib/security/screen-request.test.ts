import { describe, expect, it } from 'vitest';
import { screenRequest } from '@/lib/security/screen-request';

describe('screenRequest: what the app answers before Next.js sees a request', () => {
  it.each([
    // method, request target → status (null: Next.js answers)
    ['GET', '/api/areas/64.71.01', null],
    ['GET', '/wilayah/64.71.01?q=%', null],
    ['GET', '/api/areas?q=%E0%A4%A', null],
    ['GET', '/wilayah/Manggar%20Baru', null],
    ['GET', '/api/areas/%C3%A9', null],
    // a broken percent escape in the path: Next.js failed to decode the segment and answered 500
    ['GET', '/api/areas/%', 400],
    ['GET', '/api/areas/%E0%A4%A', 400],
    ['GET', '/api/areas/%zz', 400],
    ['GET', '/api/areas/%C0%AE', 400],
    ['DELETE', '/api/tokens/%', 400],
    ['GET', '/wilayah/%', 400],
    ['GET', '/perencanaan/%E0%A4%A?kecamatan=64.71.01', 400],
    // methods the Fetch standard forbids: Next.js cannot build a Request for them and answered 500
    ['TRACE', '/api/me', 405],
    ['TRACE', '/wilayah', 405],
    ['TRACK', '/', 405],
    // under /api/, the routes of lib/auth/routes.ts: Next.js answered a wrong method with an empty 405 (or 400 for a
    // method it does not know) and an unknown path with the HTML 404 page
    ['POST', '/api/me', 405],
    ['DELETE', '/api/staff', 405],
    ['GET', '/api/workloads', 405],
    ['PUT', '/api/plans/3', 405],
    ['PROPFIND', '/api/me', 405],
    ['HEAD', '/api/workloads', 405],
    ['GET', '/api/auth/get-session', 405],
    ['GET', '/api/nope', 404],
    ['GET', '/api', 404],
    ['GET', '/api/plans/3/slots/4/extra', 404],
    ['GET', '/api/areas/%2e%2e/export', 404],
    ['GET', '/api/me', null],
    ['HEAD', '/api/me', null],
    ['OPTIONS', '/api/workloads', null],
    ['GET', '/api/plans/', null],
    ['DELETE', '/api/plans/3', null],
    ['GET', '/api/plans/3/slots/4?x=1', null],
    ['POST', '/api/auth/update-user', null],
    ['POST', '/api/auth/sign-in/username', null],
    ['DELETE', '/wilayah', null],
    ['GET', '/apix', null],
  ])('%s %s → %s', (method, url, status) => {
    expect(screenRequest({ method, url })?.status ?? null).toBe(status);
  });

  it('says whether the refusal is for an API client (JSON) or a page', () => {
    expect(screenRequest({ method: 'GET', url: '/api/areas/%' })).toMatchObject({ api: true, message: expect.stringContaining('%') });
    expect(screenRequest({ method: 'TRACE', url: '/wilayah' })).toMatchObject({ api: false });
  });

  it('names the methods an API route takes', () => {
    expect(screenRequest({ method: 'PATCH', url: '/api/plans' })).toMatchObject({ status: 405, allow: ['GET', 'POST', 'HEAD', 'OPTIONS'] });
    expect(screenRequest({ method: 'GET', url: '/api/tokens/7' })).toMatchObject({ status: 405, allow: ['DELETE', 'OPTIONS'] });
  });

  // A POST to a page is a server action. Next.js checks its Origin itself but answered a foreign, empty or missing
  // one with a 500, and a body past its 1 MB limit too.
  it.each([
    // headers → status (null: Next.js answers)
    [{ origin: 'http://127.0.0.1:3000' }, null],
    [{ 'sec-fetch-site': 'same-origin' }, null],
    [{ origin: 'https://sigap.example' }, null],
    [{ origin: 'http://evil.example' }, 403],
    [{ origin: '' }, 403],
    [{ origin: 'null' }, 403],
    [{}, 403],
    [{ origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'cross-site' }, 403],
    [{ origin: 'http://127.0.0.1:3000', 'content-length': '1048577' }, 413],
    [{ origin: 'http://127.0.0.1:3000', 'content-length': '1048576' }, null],
  ])('POST /wilayah with %j → %s', (headers, status) => {
    const screened = screenRequest({ method: 'POST', url: '/wilayah', headers: { host: '127.0.0.1:3000', ...headers }, publicOrigin: 'https://sigap.example' });
    expect(screened?.status ?? null).toBe(status);
  });

  it('leaves the API\'s writes to their routes (a bearer token needs no Origin)', () => {
    expect(screenRequest({ method: 'POST', url: '/api/staff', headers: { host: '127.0.0.1:3000' } })).toBeNull();
  });
});
