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
  ])('%s %s → %s', (method, url, status) => {
    expect(screenRequest({ method, url })?.status ?? null).toBe(status);
  });

  it('says whether the refusal is for an API client (JSON) or a page', () => {
    expect(screenRequest({ method: 'GET', url: '/api/areas/%' })).toMatchObject({ api: true, message: expect.stringContaining('%') });
    expect(screenRequest({ method: 'TRACE', url: '/wilayah' })).toMatchObject({ api: false });
  });
});
