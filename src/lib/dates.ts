/** Calendar helpers on ISO date strings (YYYY-MM-DD), all in UTC so no time zone shifts a day. */

const DAY = 86_400_000;

export function toUtc(iso: string): number {
	return Date.parse(`${iso}T00:00:00Z`);
}

export function fromUtc(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
	return fromUtc(toUtc(iso) + days * DAY);
}

export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to) - toUtc(from)) / DAY);
}

const quarterMondays = new Map<string, readonly string[]>();

/** Mondays of the ISO weeks that belong to a quarter: a week belongs to the quarter its Monday is in. */
export function mondaysOfQuarter(year: number, quarter: number): readonly string[] {
	const key = `${year}-${quarter}`;
	let mondays = quarterMondays.get(key);
	if (!mondays) quarterMondays.set(key, (mondays = computeMondays(year, quarter)));
	return mondays;
}

function computeMondays(year: number, quarter: number): string[] {
	const first = Date.UTC(year, (quarter - 1) * 3, 1);
	const next = Date.UTC(year, quarter * 3, 1);
	const offset = (8 - new Date(first).getUTCDay()) % 7; // days until Monday (0 if the 1st is a Monday)
	const mondays: string[] = [];
	for (let ms = first + offset * DAY; ms < next; ms += 7 * DAY) mondays.push(fromUtc(ms));
	return mondays;
}

export function quarterOf(iso: string): { year: number; quarter: number } {
	return { year: Number(iso.slice(0, 4)), quarter: Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1 };
}

/** Russian date for messages: 17.03.2020. (The site uses «17 марта 2020 г.», see its i18n.) */
export function ruDate(iso: string): string {
	return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

const mondays = new Map<string, string>();

/**
 * Monday of the week containing a date. Memoised: the plan rules ask it for every plan row, and a
 * quarter's rows share a few dozen dates, so a lookup replaces a Date and a string per row.
 */
export function mondayOf(iso: string): string {
	let monday = mondays.get(iso);
	if (monday === undefined) {
		const day = new Date(toUtc(iso)).getUTCDay();
		mondays.set(iso, (monday = addDays(iso, -((day + 6) % 7))));
	}
	return monday;
}

/**
 * The date data is judged as of: `asOf` of a demo site (so the demo reads the same every day),
 * otherwise today in UTC. One definition for the check, `npm run new` and the site's pages.
 */
export function checkDate(asOf: string | undefined): string {
	return asOf ?? new Date().toISOString().slice(0, 10);
}
