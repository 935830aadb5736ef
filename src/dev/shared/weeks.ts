/**
 * Calendar helpers on ISO date strings (UTC, no time zones): the registry's weeks start on Monday
 * and a week belongs to the quarter its Monday falls in (src/schemas/weekly-stats.ts).
 */

import { mondaysOfQuarter as checkMondays } from '../../lib/dates.ts';

const DAY_MS = 86_400_000;

export function toIsoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function isoToMs(iso: string): number {
	const ms = Date.parse(`${iso}T00:00:00Z`);
	if (Number.isNaN(ms)) throw new Error(`not an ISO date: ${iso}`);
	return ms;
}

export function addDays(iso: string, days: number): string {
	return toIsoDate(isoToMs(iso) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((isoToMs(to) - isoToMs(from)) / DAY_MS);
}

/** Mondays in [from, to), both ISO dates. */
function mondaysBetween(from: string, to: string): string[] {
	let ms = isoToMs(from);
	const end = isoToMs(to);
	while (new Date(ms).getUTCDay() !== 1) ms += DAY_MS;
	const result: string[] = [];
	for (; ms < end; ms += 7 * DAY_MS) result.push(toIsoDate(ms));
	return result;
}

/** Mondays of quarter `quarter` (1–4) of `year`: the weeks of that quarter's stats file, as the check counts them. */
export function mondaysOfQuarter(year: number, quarter: number): string[] {
	return [...checkMondays(year, quarter)];
}

export function mondaysOfYear(year: number): string[] {
	return mondaysBetween(`${year}-01-01`, `${year + 1}-01-01`);
}

/** File stem of the quarter a date falls in, e.g. `2026-q3`. */
export function quarterKey(iso: string): string {
	const month = Number(iso.slice(5, 7));
	return `${iso.slice(0, 4)}-q${Math.ceil(month / 3)}`;
}

/** ISO date `days` after a start, picked within a window: handy for "some day in this range". */
export function dateInRange(from: string, to: string, roll: number): string {
	return addDays(from, Math.floor(roll * (daysBetween(from, to) + 1)));
}
