import { describe, expect, it } from 'vitest';
import { pageSlices } from '../../src/lib/paginate.ts';

describe('pageSlices', () => {
	it.each([
		{ rows: 0, size: 3, pages: [[0, 0, 0]] },
		{ rows: 3, size: 3, pages: [[3, 1, 3]] },
		{
			rows: 4,
			size: 3,
			pages: [
				[3, 1, 3],
				[1, 4, 4],
			],
		},
		{
			rows: 7,
			size: 2,
			pages: [
				[2, 1, 2],
				[2, 3, 4],
				[2, 5, 6],
				[1, 7, 7],
			],
		},
	])('$rows rows in pages of $size', ({ rows, size, pages }) => {
		const data = Array.from({ length: rows }, (_, i) => i);
		const slices = pageSlices(data, size);
		expect(slices.map((s) => [s.rows.length, s.from, s.to])).toEqual(pages);
		expect(slices.map((s) => s.page)).toEqual(pages.map((_, i) => i + 1));
		for (const s of slices) expect(s.pageCount).toBe(pages.length);
		expect(slices.flatMap((s) => s.rows)).toEqual(data);
	});

	it('refuses a page size that is not a positive integer', () => {
		expect(() => pageSlices([1], 0)).toThrow(RangeError);
		expect(() => pageSlices([1], 1.5)).toThrow(RangeError);
	});
});
