'use client';

import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { ChangeEvent } from 'react';

interface UploadError {
  error: string;
  details?: { line: number; field: string; message: string }[];
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A workbook by its type or, where the browser gives none, its name; the server checks the bytes either way. */
const isXlsx = (file: File) => file.type === xlsxType || /\.xlsx$/i.test(file.name);

async function upload(endpoint: string, file: File, { lang, failed }: { lang: string; failed: string }): Promise<Record<string, number>> {
  // The API words its refusals in the page's language (it reads the language cookie, else this header).
  const headers = { 'content-type': isXlsx(file) ? xlsxType : 'text/csv', 'accept-language': lang };
  const response = await fetch(endpoint, { method: 'POST', headers, body: file });
  const json = (await response.json().catch(() => ({ error: failed }))) as Record<string, number> & UploadError;
  if (!response.ok) throw Object.assign(new Error(json.error || failed), { details: json.details });
  return json;
}

/**
 * A CSV or XLSX upload (an XLSX's first sheet): all rows or none, every bad row listed with its line and column (the API words them in the
 * viewer's language); the page refreshes on success. `done` is the message for the count the endpoint answers.
 */
export function CsvUpload({ endpoint, testId, labels, countKey, done }: {
  endpoint: string;
  testId: string;
  labels: { upload: string; format: string };
  /** the count in the endpoint's answer */
  countKey: string;
  done: 'planning.imported' | 'staffPage.imported';
}) {
  const t = useTranslations();
  const lang = useLocale();
  const router = useRouter();
  const mutation = useMutation({ mutationFn: (file: File) => upload(endpoint, file, { lang, failed: t('upload.failed') }), onSuccess: () => router.refresh() });
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) mutation.mutate(file);
    event.target.value = '';
  };
  const error = mutation.error as (Error & { details?: UploadError['details'] }) | null;
  return (
    <div className="card">
      <label>
        <strong>{labels.upload}</strong> <input type="file" accept={`.csv,text/csv,.xlsx,${xlsxType}`} onChange={onChange} aria-label={t('upload.choose')} data-testid={`${testId}-file`} />
      </label>
      <p className="muted">{labels.format}</p>
      {mutation.isPending && <p>{t('common.busy')}</p>}
      {mutation.isSuccess && <p data-testid={`${testId}-ok`}>{t(done, { count: mutation.data[countKey] ?? 0 })}</p>}
      {error && (
        <div className="note" role="alert" data-testid={`${testId}-error`}>
          {error.message}
          {error.details && error.details.length > 1 && (
            <ul>{error.details.slice(0, 50).map((d) => <li key={`${d.line}-${d.field}`}>{t('upload.problem', d)}</li>)}</ul>
          )}
        </div>
      )}
    </div>
  );
}
