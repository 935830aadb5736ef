/**
 * Dates in the form editor: staff type and read them the Russian way, ДД.ММ.ГГГГ (01.10.2026), and
 * the files keep them as the schema wants, ISO YYYY-MM-DD. Pure and browser-safe.
 */
import { ruDate } from '../lib/dates.ts';
import { ISO_DATE_PATTERN, isRealDate } from '../schemas/cell-checks.ts';

// Day and month of one or two digits, a four-digit year; dots, slashes or hyphens between them, as
// people type them (1.10.2026, 01/10/2026). Bounded: a field value is a short line.
const RU_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/**
 * The ISO date for what a clerk typed: `01.10.2026` → `2026-10-01`; an ISO date as it is (pasted
 * from a file); null for anything else, an impossible day (31.02.2026) included.
 */
export function parseRuDate(text: string): string | null {
	const value = text.trim();
	if (value.length > 10) return null;
	let iso: string | null = null;
	const ru = RU_DATE.exec(value);
	if (ru) iso = `${ru[3]}-${ru[2]!.padStart(2, '0')}-${ru[1]!.padStart(2, '0')}`;
	else if (ISO_DATE_PATTERN.test(value)) iso = value;
	return iso !== null && isRealDate(iso) ? iso : null;
}

/** How the form shows a stored date: `2026-10-01` → `01.10.2026`; anything else as it is. */
export function formatRuDate(value: unknown): string {
	if (typeof value !== 'string') return '';
	return ISO_DATE_PATTERN.test(value) ? ruDate(value) : value;
}
