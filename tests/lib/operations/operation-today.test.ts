import { describe, expect, it } from 'vitest';
import { operationToday } from '@/lib/operations/operation-today';

describe('operationToday', () => {
  it.each([
    // clock date      now (UTC)                    today
    ['2022-10-28', '2025-03-01T12:00:00Z', '2022-10-28'],
    [null, '2025-03-01T12:00:00Z', '2025-03-01'],
    [null, '2025-03-01T16:59:59Z', '2025-03-01'], // 23:59:59 in Jakarta
    [null, '2025-03-01T17:00:00Z', '2025-03-02'], // midnight in Jakarta, still the 1st in UTC
    [null, '2024-12-31T18:30:00Z', '2025-01-01'],
  ])('clock %s at %s is %s', (clockDate, now, today) => {
    expect(operationToday({ clockDate, now: new Date(now) })).toBe(today);
  });
});
