import { describe, expect, it } from 'vitest';
import { readTableBody } from '@/app/_lib/table-body';
import { xlsxContentType } from '@/db/files/read-table-file';
import { day, workbookOf } from '../db/files/workbook-of';

const csv = 'name,role\nJosé,ppl\n';
const records = [{ line: 1, fields: ['name', 'role'] }, { line: 2, fields: ['José', 'ppl'] }];
const post = (body: BodyInit | null, headers: Record<string, string> = { 'content-type': 'text/csv' }) =>
  new Request('http://localhost/api/staff', { method: 'POST', body, headers });
const answer = async (request: Request, maxBytes = 1000) => {
  const read = await readTableBody(request, { maxBytes });
  return read.ok ? { format: read.format, records: read.records } : { status: read.response.status, error: ((await read.response.json()) as { error: string }).error };
};
const xlsx = { 'content-type': xlsxContentType };

describe('readTableBody: an uploaded CSV or XLSX is read as bytes, once, strictly', () => {
  it.each([
    { case: 'UTF-8', body: Buffer.from(csv) },
    { case: 'UTF-8 with a byte order mark', body: Buffer.from(`\uFEFF${csv}`) },
    { case: 'UTF-16 LE with a byte order mark', body: Buffer.from(`\uFEFF${csv}`, 'utf16le') },
    { case: 'a charset parameter', body: Buffer.from(csv), headers: { 'content-type': 'Text/CSV; charset=utf-8' } },
    { case: '`;` and CRLF, as Indonesian Excel saves', body: Buffer.from(`\uFEFFname;role\r\nJosé;ppl\r\n`) },
  ])('reads CSV in $case', async ({ body, headers }) => {
    expect(await answer(post(body, headers))).toEqual({ format: 'csv', records });
  });

  it('reads the first sheet of an XLSX workbook, by its content type or by its bytes under text/csv', async () => {
    const book = await workbookOf({ Petugas: [['name', 'role'], ['José', 'ppl']], Lain: [['x'], [1]] });
    expect(await answer(post(book, xlsx), 100_000)).toEqual({ format: 'xlsx', records });
    expect(await answer(post(book), 100_000)).toEqual({ format: 'xlsx', records });
  });

  it('gives typed cells the text a CSV of them holds: whole numbers, dates as YYYY-MM-DD', async () => {
    const book = await workbookOf({ Data: [['family_size', 'visited_on', 'ppl_id'], [4, day('2022-10-20'), 1234567]] });
    expect(await answer(post(book, xlsx), 100_000)).toEqual({ format: 'xlsx', records: [{ line: 1, fields: ['family_size', 'visited_on', 'ppl_id'] }, { line: 2, fields: ['4', '2022-10-20', '1234567'] }] });
  });

  it.each([
    { case: 'text/plain', request: post(csv, { 'content-type': 'text/plain' }), status: 415, error: /^Kirim berkas CSV dengan content-type text\/csv atau buku kerja XLSX .*\(bukan text\/plain\)$/ },
    { case: 'no content type', request: post(Buffer.from(csv), {}), status: 415, error: /\(bukan kosong\)$/ },
    { case: 'an empty body', request: post(''), status: 400, error: /^Berkas kosong$/ },
    { case: 'no body', request: post(null), status: 400, error: /^Berkas kosong$/ },
    { case: 'too many bytes', request: post('x'.repeat(1001)), status: 413, error: /^Berkas terlalu besar \(maks. 0,001 MB\)$/ },
    { case: 'a too large declared length', request: post('x', { 'content-type': 'text/csv', 'content-length': '5000' }), status: 413, error: /^Berkas terlalu besar/ },
    // latin-1 "José" on line 3: request.text() used to store it as "Jos\uFFFD"
    { case: 'latin-1 bytes', request: post(Buffer.from('name,role\nSiti,ppl\nJos\xe9,ppl\n', 'latin1')), status: 422, error: /^baris 3: berkas bukan UTF-8 \(byte 0xE9\); simpan ulang sebagai "CSV UTF-8"$/ },
    { case: 'CSV sent as XLSX', request: post(csv, xlsx), status: 422, error: /^berkas bukan buku kerja XLSX yang bisa dibaca/ },
    { case: 'a ZIP that is no workbook', request: post(Buffer.from('504b0304' + '00'.repeat(40), 'hex'), xlsx), status: 422, error: /^berkas bukan buku kerja XLSX yang bisa dibaca/ },
  ])('refuses $case with $status', async ({ request, status, error }) => {
    const got = await answer(request);
    expect(got).toMatchObject({ status });
    expect((got as { error: string }).error).toMatch(error);
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
