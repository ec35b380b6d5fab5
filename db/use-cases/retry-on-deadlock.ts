import 'server-only';

const retryable = new Set(['40P01', '40001']); // deadlock_detected, serialization_failure

function sqlStateOf(error: unknown): string | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * Runs a whole transaction again when PostgreSQL aborted it to break a deadlock: the transaction wrote nothing, so
 * running it again is safe. Intake takes its locks in key order, so this is a safety net, not the plan.
 */
export async function retryOnDeadlock<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !retryable.has(sqlStateOf(error) ?? '')) throw error;
    }
  }
}
