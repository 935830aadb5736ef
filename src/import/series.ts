/**
 * What the import needs to know about each quarterly table beyond its schema: which row replaces
 * which (the key), which date puts a row into a quarter, and how the written file is ordered.
 */
import { mondayOf } from '../lib/dates.ts';
import { ROW_IDENTITY } from '../loaders/row-identity.ts';
import type { SeriesKind } from '../loaders/tree.ts';

export type Values = Record<string, string | undefined>;

export interface SeriesTraits {
	/** Russian name for messages: «статистика», … */
	title: string;
	/** Columns every file of this kind has in its header: how an export is recognised. */
	signature: readonly string[];
	/** Key parts in sort order; rows with equal parts are the same row (a later import replaces it): ROW_IDENTITY. */
	key(values: Values): string[];
	/** Russian description of a key for duplicate messages, dates as the spreadsheet shows them. */
	describeKey(values: Values): string;
	/** The column whose date (its first ten characters for a timestamp) decides the row's quarter. */
	dateColumn: string;
	/**
	 * The day whose quarter holds the row, from its date: the date itself, or for plans the Monday
	 * of its week (a publication belongs to the quarter of its week's Monday: src/schemas/content-plan.ts).
	 */
	quarterDay(date: string): string;
}

export const SERIES_TRAITS: Record<SeriesKind, SeriesTraits> = {
	stats: {
		title: 'статистика',
		signature: ['week_start', 'posts'],
		key: ROW_IDENTITY.stats.key,
		describeKey: ROW_IDENTITY.stats.describe,
		dateColumn: 'week_start',
		quarterDay: (date) => date,
	},
	plans: {
		title: 'контент-план',
		signature: ['date', 'topic', 'format'],
		key: ROW_IDENTITY.plans.key,
		describeKey: ROW_IDENTITY.plans.describe,
		dateColumn: 'date',
		quarterDay: mondayOf,
	},
	replies: {
		title: 'журнал ответов',
		signature: ['message_id', 'received'],
		key: ROW_IDENTITY.replies.key,
		describeKey: ROW_IDENTITY.replies.describe,
		dateColumn: 'received',
		quarterDay: (date) => date,
	},
};

const CHUNKS = /\d+|\D+/g;

/**
 * Natural order, so that message 10 follows message 9. Digit runs compare as numbers, the rest
 * by code unit: no locale data, so the order of a written file never depends on the machine.
 */
export function compareNatural(a: string, b: string): number {
	if (a === b) return 0;
	const xs = a.match(CHUNKS) ?? [];
	const ys = b.match(CHUNKS) ?? [];
	for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
		const x = xs[i]!;
		const y = ys[i]!;
		if (x === y) continue;
		const digits = /^\d/.test(x) && /^\d/.test(y);
		if (digits) {
			const nx = x.replace(/^0+/, '');
			const ny = y.replace(/^0+/, '');
			if (nx.length !== ny.length) return nx.length - ny.length;
			if (nx !== ny) return nx < ny ? -1 : 1;
		}
		return x < y ? -1 : 1;
	}
	return xs.length - ys.length || (a < b ? -1 : 1);
}

export function compareKeys(a: readonly string[], b: readonly string[]): number {
	for (let i = 0; i < a.length; i++) {
		const c = compareNatural(a[i] ?? '', b[i] ?? '');
		if (c !== 0) return c;
	}
	return 0;
}
