/**
 * Compiled fast paths of the CSV row schemas. A million statistics rows a year at 20,000 accounts
 * must validate in about a second; Zod costs 3–30 µs a row once many schemas share its
 * internals. Each row schema gets a table of per-field functions built from the same predicates
 * (cell-checks.ts). A field function returns the parsed value or INVALID; on INVALID the row is
 * parsed by Zod itself, so every message still comes from the schema.
 * tests/unit/schemas/csv-fast.test.ts proves each table accepts exactly what its schema accepts.
 */
import { ID_MAX, ID_PATTERN, ISO_DATE_PATTERN, isCount, isMonday, isRealDate, isRealMoment, TIMESTAMP_PATTERN } from './cell-checks.ts';
import { NetworkSchema } from './common.ts';
import { FORMATS, perFormat } from './csv-cells.ts';
import { PlanStatusSchema, type ContentPlanRow } from './content-plan.ts';
import { stageOutOfOrder, type ReplyLogRow } from './reply-log.ts';
import type { WeeklyStatsRow } from './weekly-stats.ts';

export const INVALID: unique symbol = Symbol('invalid');
export type FastField = (raw: string | undefined) => unknown;
export interface FastRow<T> {
	fields: Record<keyof T & string, FastField>;
	/** Object-level checks (the schema's refine on the whole row). */
	check?: (row: Partial<T>) => boolean;
}

/** Dates repeat (13 Mondays a quarter): remember the verdicts. Bounded, as any cache here. */
function cached(test: (value: string) => boolean): (value: string) => boolean {
	const memo = new Map<string, boolean>();
	return (value) => {
		let verdict = memo.get(value);
		if (verdict === undefined) {
			verdict = test(value);
			if (memo.size > 10_000) memo.clear();
			memo.set(value, verdict);
		}
		return verdict;
	};
}
const realDate = cached((v) => ISO_DATE_PATTERN.test(v) && isRealDate(v));
const realMonday = cached((v) => realDate(v) && isMonday(v));

export const fast = {
	id: (s: string | undefined) => (s !== undefined && s.length <= ID_MAX && ID_PATTERN.test(s) ? s : INVALID),
	date: (s: string | undefined) => (s !== undefined && realDate(s) ? s : INVALID),
	monday: (s: string | undefined) => (s !== undefined && realMonday(s) ? s : INVALID),
	timestamp: (s: string | undefined) => (s !== undefined && TIMESTAMP_PATTERN.test(s) && isRealMoment(s) ? s : INVALID),
	count: (s: string | undefined) => (s !== undefined && isCount(s) ? Number(s) : INVALID),
	text: (s: string | undefined) => {
		const trimmed = s?.trim();
		return trimmed ? trimmed : INVALID;
	},
	oneOf: (values: readonly string[]) => {
		const set = new Set(values);
		return (s: string | undefined) => (s !== undefined && set.has(s) ? s : INVALID);
	},
	optional:
		(field: FastField): FastField =>
		(s) =>
			s === undefined ? undefined : field(s),
	withDefault:
		(field: FastField, value: unknown): FastField =>
		(s) =>
			s === undefined ? value : field(s),
};

const optionalCount = fast.optional(fast.count);

export const WEEKLY_STATS_FAST: FastRow<WeeklyStatsRow> = {
	fields: {
		account: fast.id,
		week_start: fast.monday,
		posts: fast.count,
		...perFormat(() => optionalCount),
		views: optionalCount,
		subscribers: optionalCount,
		comments: optionalCount,
		comments_removed: optionalCount,
		users_blocked: optionalCount,
	},
};

export const CONTENT_PLAN_FAST: FastRow<ContentPlanRow> = {
	fields: {
		date: fast.date,
		account: fast.optional(fast.id),
		network: fast.optional(fast.oneOf(NetworkSchema.options)),
		topic: fast.text,
		format: fast.oneOf(FORMATS),
		status: fast.withDefault(fast.oneOf(PlanStatusSchema.options), 'planned'),
	},
	check: (row) => row.account !== undefined || row.network !== undefined,
};

const optionalTimestamp = fast.optional(fast.timestamp);

export const REPLY_LOG_FAST: FastRow<ReplyLogRow> = {
	fields: {
		message_id: fast.text,
		account: fast.id,
		received: fast.timestamp,
		routed: optionalTimestamp,
		draft_ready: optionalTimestamp,
		returned: optionalTimestamp,
		resubmitted: optionalTimestamp,
		approved: optionalTimestamp,
		published: optionalTimestamp,
	},
	check: (row) => stageOutOfOrder(row) === undefined,
};
