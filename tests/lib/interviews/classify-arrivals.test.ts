import { describe, expect, it } from 'vitest';
import { classifyArrivals } from '@/lib/interviews/classify-arrivals';

const a = (index: number, id: string, contentHash: string) => ({ index, id, contentHash });

describe('classifyArrivals', () => {
  it.each([
    // what                                           stored (id:hash)   arrivals                                         fresh      duplicates   conflicts
    ['new ids are fresh', {}, [a(0, 'x', 'h1'), a(1, 'y', 'h2')], [0, 1], [], []],
    ['a stored id with the same content: duplicate', { x: 'h1' }, [a(0, 'x', 'h1')], [], [0], []],
    ['a stored id with other content: conflict', { x: 'h1' }, [a(0, 'x', 'h9')], [], [], [0]],
    ['a repeat inside the batch: duplicate', {}, [a(0, 'x', 'h1'), a(1, 'x', 'h1')], [0], [1], []],
    ['a reuse inside the batch: conflict, the first stays', {}, [a(0, 'x', 'h1'), a(1, 'x', 'h2'), a(2, 'x', 'h1')], [0], [2], [1]],
  ])('%s', (_what, stored, arrivals, fresh, duplicates, conflicts) => {
    const result = classifyArrivals({ arrivals, stored: new Map(Object.entries(stored)) });
    expect(result.fresh.map((r) => r.index)).toEqual(fresh);
    expect(result.duplicates).toEqual(duplicates);
    expect(result.conflicts).toEqual(conflicts.map((index) => ({ index, id: 'x', code: 'id_conflict' })));
  });
});
