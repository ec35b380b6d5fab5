'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { ChangeEvent } from 'react';

interface UploadError {
  error: string;
  details?: { line: number; field: string; message: string }[];
}

async function upload(endpoint: string, file: File): Promise<Record<string, number>> {
  const response = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file });
  const json = (await response.json()) as Record<string, number> & UploadError;
  if (!response.ok) throw Object.assign(new Error(json.error), { details: json.details });
  return json;
}

/** A CSV upload: all rows or none, every bad row listed with its line and column; the page refreshes on success. */
export function CsvUpload({ endpoint, testId, labels, countKey }: {
  endpoint: string;
  testId: string;
  /** `done` follows the count the endpoint answers under `countKey` */
  labels: { upload: string; format: string; done: string };
  countKey: string;
}) {
  const router = useRouter();
  const mutation = useMutation({ mutationFn: (file: File) => upload(endpoint, file), onSuccess: () => router.refresh() });
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) mutation.mutate(file);
    event.target.value = '';
  };
  const error = mutation.error as (Error & { details?: UploadError['details'] }) | null;
  return (
    <div className="card">
      <label>
        <strong>{labels.upload}</strong> <input type="file" accept=".csv,text/csv" onChange={onChange} data-testid={`${testId}-file`} />
      </label>
      <p className="muted">{labels.format}</p>
      {mutation.isPending && <p>…</p>}
      {mutation.isSuccess && <p data-testid={`${testId}-ok`}>{mutation.data[countKey]} {labels.done}</p>}
      {error && (
        <div className="note" role="alert" data-testid={`${testId}-error`}>
          {error.message}
          {error.details && (
            <ul>{error.details.slice(0, 50).map((d) => <li key={`${d.line}-${d.field}`}>baris {d.line}, kolom {d.field}: {d.message}</li>)}</ul>
          )}
        </div>
      )}
    </div>
  );
}
