/** One page of a listing cut into pages of `size` rows. */
export interface PageSlice<T> {
	/** From 1. */
	page: number;
	pageCount: number;
	rows: T[];
	/** 1-based positions of the first and last row shown; 0 and 0 on an empty listing. */
	from: number;
	to: number;
}

/**
 * Cuts rows into pages of `size`; an empty listing is one empty page, so its address still
 * exists and says there is nothing. At national scale a quarter lists 50,000 organisations, which
 * as one table was a 10 MB page .
 */
export function pageSlices<T>(rows: readonly T[], size: number): PageSlice<T>[] {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`размер страницы должен быть целым положительным числом, получено ${size}`);
	const pageCount = Math.max(1, Math.ceil(rows.length / size));
	return Array.from({ length: pageCount }, (_, i) => {
		const slice = rows.slice(i * size, (i + 1) * size);
		return { page: i + 1, pageCount, rows: slice, from: slice.length ? i * size + 1 : 0, to: i * size + slice.length };
	});
}
