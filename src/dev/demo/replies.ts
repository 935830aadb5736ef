/**
 * Reply logs (Lyambir разд. 3): when each stage of answering a citizen's message happened. Where the
 * act's deadlines apply (strict) every stage meets them with a margin; elsewhere the timings are
 * simply realistic — most answers the same day, some the next.
 */
import type { CsvValue } from '../shared/csv.ts';
import type { Rng } from '../shared/prng.ts';
import { isoToMs } from '../shared/weeks.ts';
import type { DemoAccount } from './accounts.ts';
import { quarterBounds } from './activity.ts';
import type { DemoOrg, Quarter } from './model.ts';

export const REPLY_COLUMNS = [
	'message_id',
	'account',
	'received',
	'routed',
	'draft_ready',
	'returned',
	'resubmitted',
	'approved',
	'published',
];

const MINUTE = 60_000;
/** Local time of the demo areas (Moscow time). */
const OFFSET = '+03:00';

/** Formats a local wall-clock moment (kept as a UTC-based millisecond count) with the offset. */
function stamp(localMs: number): string {
	return new Date(localMs).toISOString().slice(0, 16) + ':00' + OFFSET;
}

type Range = readonly [number, number];

interface Timing {
	routed: Range;
	draft: Range;
	decide: Range;
	publish: Range;
	returnedShare: number;
	/** A returned draft: minutes to return it, to rework it, to approve the reworked one. */
	rework: readonly [Range, Range, Range];
}

/**
 * Minutes per stage. Strict ones stay under Lyambir's 2 h / 8 h / 1 h / 1 h / 1 h; a returned
 * draft is also approved within the hour after it was first submitted, so the log passes however
 * the approval stage is measured (to the return or to the final approval).
 */
const STRICT: Timing = {
	routed: [8, 105],
	draft: [40, 300],
	decide: [8, 45],
	publish: [3, 12],
	returnedShare: 0.25,
	rework: [
		[5, 15],
		[10, 20],
		[5, 15],
	],
};
const RELAXED: Timing = {
	routed: [10, 200],
	draft: [60, 1500],
	decide: [10, 240],
	publish: [5, 90],
	returnedShare: 0.15,
	rework: [
		[10, 120],
		[30, 300],
		[10, 120],
	],
};

const DAY = 1440 * MINUTE;

/**
 * Without an act's deadline, work waits for office hours: a step that would land in the evening
 * or at the weekend lands on the next working morning instead.
 */
function officeHours(localMs: number): number {
	let day = Math.floor(localMs / DAY);
	let minute = Math.round((localMs - day * DAY) / MINUTE);
	if (minute > 18 * 60) {
		day += 1;
		minute = 9 * 60 + ((minute - 18 * 60) % 90);
	} else if (minute < 8 * 60 + 30) {
		minute = 9 * 60 + (minute % 60);
	}
	while ([0, 6].includes(new Date(day * DAY).getUTCDay())) day += 1;
	return day * DAY + minute * MINUTE;
}

export function replyLog(demo: DemoOrg, accounts: readonly DemoAccount[], quarter: Quarter, rng: Rng): Record<string, CsvValue>[] {
	const count = demo.replies ?? 0;
	const targets = accounts.filter((a) => a.active && (a.record.network === 'vk' || a.record.network === 'ok'));
	if (count === 0 || targets.length === 0) return [];
	const timing = demo.strictReplies ? STRICT : RELAXED;
	const { first, last } = quarterBounds(quarter);
	const start = isoToMs(first);
	// Leave the quarter's last days out so every answer is finished inside the quarter.
	const days = Math.round((isoToMs(last) - start) / DAY) - 5;
	const step = (from: number, range: readonly [number, number]) => {
		const at = from + rng.int(range[0], range[1]) * MINUTE;
		return demo.strictReplies ? at : officeHours(at);
	};
	// Under deadlines the morning's messages are the ones that fit the 8-hour drafting window.
	const latestReceipt = demo.strictReplies ? 13 * 60 : 16 * 60 + 30;

	const received = Array.from({ length: count }, () => {
		const day = rng.int(0, days);
		const weekday = new Date(start + day * DAY).getUTCDay();
		// Monitoring runs on weekdays mostly; weekend messages are picked up on Monday morning.
		const shift = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
		const dayStart = start + (day + shift) * DAY;
		return dayStart + rng.int(8 * 60 + 30, latestReceipt) * MINUTE;
	}).sort((a, b) => a - b);

	const weights = targets.map((a) => [a, a.record.network === 'vk' ? (a.record.kind === 'head' ? 2 : 6) : 3] as const);
	return received.map((at, n) => {
		const account = rng.weighted(weights);
		const routed = step(at, timing.routed);
		const draft = step(routed, timing.draft);
		const row: Record<string, CsvValue> = {
			message_id: `${quarter.year}-${String(101 + n * 3 + rng.int(0, 2)).padStart(4, '0')}`,
			account: account.record.id,
			received: stamp(at),
			routed: stamp(routed),
			draft_ready: stamp(draft),
		};
		let approved: number;
		if (rng.chance(timing.returnedShare)) {
			const returned = step(draft, timing.rework[0]);
			const resubmitted = step(returned, timing.rework[1]);
			row.returned = stamp(returned);
			row.resubmitted = stamp(resubmitted);
			// Lyambir counts resubmitted → published as one hour: approval and posting share it.
			approved = step(resubmitted, timing.rework[2]);
		} else {
			approved = step(draft, timing.decide);
		}
		row.approved = stamp(approved);
		row.published = stamp(step(approved, timing.publish));
		return row;
	});
}
