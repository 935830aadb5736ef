/**
 * The predicates behind the CSV cell schemas, shared by the Zod schemas and their compiled fast
 * paths (csv-fast.ts), so the two cannot drift apart silently: both use these constants, and
 * tests/unit/schemas/csv-fast.test.ts asserts that each fast path accepts exactly what its Zod
 * field schema accepts.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX = 80;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;
export const COUNT_PATTERN = /^\d+$/;

export function isRealDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isMonday(iso: string): boolean {
	return new Date(`${iso}T00:00:00Z`).getUTCDay() === 1;
}

export function isRealMoment(value: string): boolean {
	return !Number.isNaN(Date.parse(value));
}
