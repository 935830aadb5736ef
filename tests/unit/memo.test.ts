import { describe, expect, it } from 'vitest';
import { memoise } from '../../src/lib/memo.ts';

describe('memoise', () => {
	it('computes each key once', () => {
		const calls: string[] = [];
		const upper = memoise((s: string) => (calls.push(s), s.toUpperCase()));
		expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
		expect(calls).toEqual(['a', 'b']);
	});

	it('remembers undefined and null results too', () => {
		let calls = 0;
		const nothing = memoise((_: number) => (calls++, undefined));
		nothing(1);
		nothing(1);
		expect(calls).toBe(1);
	});

	it('empties the cache at the limit instead of growing without bound', () => {
		let calls = 0;
		const square = memoise((n: number) => (calls++, n * n), 2);
		square(1);
		square(2);
		square(3); // full: cleared, then 3 stored
		square(1); // computed again
		expect(calls).toBe(4);
		expect(square(3)).toBe(9); // still held: {3, 1}
		expect(calls).toBe(4);
		square(2); // full again: cleared, so 3 is gone
		square(3);
		expect(calls).toBe(6);
	});
});
