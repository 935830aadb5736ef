/**
 * What the public site shows of one organisation's quarter: posts per account per week against the
 * minimum in force that week, and reply times per stage (median, 90th percentile). Pure: computed
 * from a loaded Period; shared by organisation and statistics pages.
 */
import type { Network } from '../schemas/common.ts';
import type { ReplyEvent } from '../schemas/policy.ts';
import { mondaysOfQuarter } from '../lib/dates.ts';
import type { Dataset, Period } from '../loaders/dataset-types.ts';
import { applicablePolicies } from './policy-view.ts';
import { minimumsFor } from './weekly.ts';

export interface AccountWeeks {
	account: string;
	network: Network;
	/** Posts per week, null where the account was not expected to publish or no row exists. */
	posts: (number | null)[];
	/** The strictest minimum per week (null where none applies). */
	minimum: (number | null)[];
	/** Level and citation of the minimum (the first week's), for the caption. */
	basis: { policy: string; clause: string; level: 'required' | 'recommended' } | null;
	weeksDue: number;
	weeksMet: number;
}

export interface StageTimes {
	stage: string;
	title: string;
	/** The act that sets the stage and its deadline, and the clause; null for the default stages. */
	policy: string | null;
	clause: string | null;
	limitHours: number | null;
	count: number;
	late: number;
	medianHours: number | null;
	p90Hours: number | null;
}

export interface PeriodSummary {
	org: string;
	year: number;
	quarter: number;
	weeks: readonly string[];
	accounts: AccountWeeks[];
	replies: StageTimes[];
	/** Planned (not cancelled) publications by format. */
	plannedByFormat: Record<string, number>;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
	if (!sorted.length) return null;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Stages shown when no act sets deadlines: the same events, without a limit. */
const DEFAULT_STAGES: readonly ReplyStage[] = [
	{ stage: 'routing', title: 'Направление исполнителю', from: 'received', to: ['routed'], hours: null, policy: null, clause: null },
	{ stage: 'drafting', title: 'Подготовка проекта', from: 'routed', to: ['draft_ready'], hours: null, policy: null, clause: null },
	{ stage: 'approval', title: 'Согласование', from: 'draft_ready', to: ['approved', 'returned'], hours: null, policy: null, clause: null },
	{ stage: 'publication', title: 'Размещение', from: 'approved', to: ['published'], hours: null, policy: null, clause: null },
];

export function summarisePeriod(dataset: Dataset, period: Period): PeriodSummary {
	const weeks = mondaysOfQuarter(period.year, period.quarter);
	const rows = new Map((period.stats?.rows ?? []).map((row) => [`${row.value.account}|${row.value.week_start}`, row.value.posts]));
	const accounts: AccountWeeks[] = [];
	for (const { value: account } of dataset.accountsByOrg.get(period.org.value.id) ?? []) {
		let basis: AccountWeeks['basis'] = null;
		let weeksDue = 0;
		let weeksMet = 0;
		const minimum = weeks.map((monday) => {
			const minimums = minimumsFor(dataset, period, account, monday, 1);
			if (!minimums.length) return null;
			const strictest = minimums.reduce((a, b) => (b.min > a.min ? b : a));
			basis ??= { policy: strictest.policy.id, clause: strictest.clause, level: strictest.level };
			return strictest.min;
		});
		const posts = weeks.map((monday, i) => {
			const value = rows.get(`${account.id}|${monday}`);
			if (minimum[i] !== null) {
				weeksDue++;
				if ((value ?? 0) >= minimum[i]!) weeksMet++;
			}
			return value ?? null;
		});
		if (posts.every((p) => p === null) && weeksDue === 0) continue;
		accounts.push({ account: account.id, network: account.network, posts, minimum, basis, weeksDue, weeksMet });
	}
	const plannedByFormat: Record<string, number> = {};
	for (const { value } of period.plans?.rows ?? []) {
		if (value.status !== 'cancelled') plannedByFormat[value.format] = (plannedByFormat[value.format] ?? 0) + 1;
	}
	return {
		org: period.org.value.id,
		year: period.year,
		quarter: period.quarter,
		weeks,
		accounts,
		replies: replyTimes(dataset, period),
		plannedByFormat,
	};
}

/** A reply stage: the policy's deadline, or a default stage without a limit. */
export interface ReplyStage {
	stage: string;
	title: string;
	from: ReplyEvent;
	to: readonly ReplyEvent[];
	hours: number | null;
	/** The act and clause that set the deadline; null for the default stages. */
	policy: string | null;
	clause: string | null;
}

/**
 * Durations in hours of each reply stage over a period's reply log, stage definitions from the act
 * in force when the first message came (Lyambir разд. 3), or the default stages. A stage ends at
 * the earliest of its end events. Shared by summaries and the quarter-wide statistics, which pool
 * durations (percentiles cannot be averaged across organisations).
 */
export function stageDurations(dataset: Dataset, period: Period): { stage: ReplyStage; hours: number[] }[] {
	const rows = period.replies?.rows ?? [];
	if (!rows.length) return [];
	const first = rows[0]!.value.received.slice(0, 10);
	const policy = applicablePolicies(dataset, period.org.value, first).find((p) => p.replyDeadlines.length);
	const stages: readonly ReplyStage[] = policy
		? policy.replyDeadlines.map((d) => ({
				stage: d.stage,
				title: d.title,
				from: d.from,
				to: d.to,
				hours: d.hours,
				policy: policy.id,
				clause: d.clause,
			}))
		: DEFAULT_STAGES;
	return stages.map((stage) => {
		const hours: number[] = [];
		for (const { value } of rows) {
			const start = value[stage.from];
			let end: number | undefined;
			for (const event of stage.to) {
				const at = value[event];
				if (at !== undefined && (end === undefined || Date.parse(at) < end)) end = Date.parse(at);
			}
			if (start === undefined || end === undefined) continue;
			const took = (end - Date.parse(start)) / 3_600_000;
			if (took >= 0) hours.push(took);
		}
		return { stage, hours };
	});
}

function replyTimes(dataset: Dataset, period: Period): StageTimes[] {
	return stageDurations(dataset, period).map(({ stage, hours }) => {
		const sorted = [...hours].sort((a, b) => a - b);
		return {
			stage: stage.stage,
			title: stage.title,
			policy: stage.policy,
			clause: stage.clause,
			limitHours: stage.hours,
			count: sorted.length,
			late: stage.hours === null ? 0 : sorted.filter((h) => h > stage.hours!).length,
			medianHours: percentile(sorted, 50),
			p90Hours: percentile(sorted, 90),
		};
	});
}
