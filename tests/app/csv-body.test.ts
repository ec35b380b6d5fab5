import { describe, expect, it } from 'vitest';
import { readCsvBody } from '@/app/_lib/csv-body';

const csv = 'name,role\nJosé,ppl\n';
const post = (body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'text/csv' }) =>
  new Request('http://localhost/api/staff', { method: 'POST', body, headers });
const answer = async (request: Request, maxBytes = 1000) => {
  const read = await readCsvBody(request, { maxBytes });
  return read.ok ? { text: read.text } : { status: read.response.status, error: ((await read.response.json()) as { error: string }).error };
};

describe('readCsvBody: an uploaded CSV is read as bytes and decoded strictly', () => {
  it.each([
    { case: 'UTF-8', body: Buffer.from(csv) },
    { case: 'UTF-8 with a byte order mark', body: Buffer.from(`\uFEFF${csv}`) },
    { case: 'UTF-16 LE with a byte order mark', body: Buffer.from(`\uFEFF${csv}`, 'utf16le') },
    { case: 'a charset parameter', body: Buffer.from(csv), headers: { 'content-type': 'Text/CSV; charset=utf-8' } },
  ])('reads $case', async ({ body, headers }) => {
    expect(await answer(post(body, headers))).toEqual({ text: csv });
  });

  it.each([
    { case: 'text/plain', request: post(csv, { 'content-type': 'text/plain' }), status: 415, error: 'Kirim berkas CSV dengan content-type text/csv (bukan text/plain)' },
    { case: 'no content type', request: post(Buffer.from(csv), {}), status: 415, error: 'Kirim berkas CSV dengan content-type text/csv (bukan kosong)' },
    { case: 'an empty body', request: post(''), status: 400, error: 'Berkas CSV kosong' },
    { case: 'no body', request: post(null), status: 400, error: 'Berkas CSV kosong' },
    { case: 'too many bytes', request: post('x'.repeat(1001)), status: 413, error: 'Berkas terlalu besar (maks. 0,001 MB)' },
    { case: 'a too large declared length', request: post('x', { 'content-type': 'text/csv', 'content-length': '5000' }), status: 413, error: 'Berkas terlalu besar (maks. 0,001 MB)' },
    // latin-1 "José" on line 3: request.text() used to store it as "Jos\uFFFD"
    { case: 'latin-1 bytes', request: post(Buffer.from('name,role\nSiti,ppl\nJos\xe9,ppl\n', 'latin1')), status: 422, error: 'baris 3: berkas bukan UTF-8 (byte 0xE9); simpan ulang sebagai "CSV UTF-8"' },
  ])('refuses $case with $status', async ({ request, status, error }) => {
    expect(await answer(request)).toEqual({ status, error });
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(600));
      },
    });
    const request = new Request('http://localhost/api/workloads', { method: 'POST', body: stream, headers: { 'content-type': 'text/csv' }, duplex: 'half' } as RequestInit);
    expect(await answer(request)).toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(5); // an endless body, refused after 1,200 bytes
  });
});
