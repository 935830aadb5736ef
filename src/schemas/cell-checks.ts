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
/**
 * The largest count a cell may hold. A week's views, subscribers or comments of a municipal page
 * are far below it; anything above is a slip (extra digits, a pasted id), and past 2^53 a number
 * would no longer be stored as written (…993 becomes …992), past 10^21 published as «1e+21».
 */
export const COUNT_MAX = 1_000_000_000;
/** COUNT_MAX as messages show it: «1 000 000 000». */
export const COUNT_MAX_TEXT = '1 000 000 000';

/** Digits only (no sign, exponent, fraction or spaces), at most COUNT_MAX: 400 digits are Infinity, not a count. */
export function isCount(value: string): boolean {
	return COUNT_PATTERN.test(value) && Number(value) <= COUNT_MAX;
}

export function isRealDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isMonday(iso: string): boolean {
	return new Date(`${iso}T00:00:00Z`).getUTCDay() === 1;
}

/**
 * Why a week's date is refused, naming the Monday to write instead, as ДД.ММ.ГГГГ: the weekly
 * statistics are kept in Excel, where a date reads so (and the importer accepts it so).
 */
export function notMondayMessage(iso: string): string {
	const day = new Date(`${iso}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
	const [y, m, d] = day.toISOString().slice(0, 10).split('-');
	return `неделя начинается в понедельник: ${d}.${m}.${y}`;
}

export function isRealMoment(value: string): boolean {
	return !Number.isNaN(Date.parse(value));
}
