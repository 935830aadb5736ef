/**
 * Per-account, per-week counting shared by the quota rules: which accounts must publish in which
 * weeks of a quarter, under which minimum, citing which clause.
 *
 * A week belongs to the quarter of its Monday (stats rows by `week_start`, plan rows by the Monday
 * of their date), and a week's published count is judged only once the week has ENDED: its Sunday
 * is before the check date. A week still under way, or still to come, has not failed yet; counting
 * it as «0 posts» would report every current quarter as a shortfall.
 */
import type { Account } from '../schemas/account.ts';
import type { Policy } from '../schemas/policy.ts';
import type { Level } from '../schemas/common.ts';
import { addDays, mondaysOfQuarter, ruDate } from '../lib/dates.ts';
import type { Dataset, Entry, Period } from '../loaders/dataset-types.ts';
import { applicablePolicies, isExempt, publishingDuring, tierFor } from './policy-view.ts';

export interface WeeklyMinimum {
	policy: Policy;
	min: number;
	level: Level;
	clause: string;
}

/** Policies in force per organisation and week, computed once per period (they change rarely). */
const applicableCache = new WeakMap<Period, Map<string, Policy[]>>();

/**
 * The policies that apply to the period's organisation in the week starting on `monday`. Rules
 * that judge week by week ask this per week, not once per quarter: an act can come into force or
 * lapse mid-quarter (Khasyn from 01.12.2022, Altai until 24.10.2024).
 */
export function policiesInWeek(dataset: Dataset, period: Period, monday: string): Policy[] {
	let byWeek = applicableCache.get(period);
	if (!byWeek) applicableCache.set(period, (byWeek = new Map()));
	let policies = byWeek.get(monday);
	if (!policies) byWeek.set(monday, (policies = applicablePolicies(dataset, period.org.value, monday)));
	return policies;
}

/** The minimums that apply to an account in a week (one per policy that sets one). */
export function minimumsFor(dataset: Dataset, period: Period, account: Account, monday: string, regularMinimum: number): WeeklyMinimum[] {
	const org = period.org.value;
	if (isExempt(org, monday) || !publishingDuring(account, monday)) return [];
	const out: WeeklyMinimum[] = [];
	for (const policy of policiesInWeek(dataset, period, monday)) {
		const tier = tierFor(policy, org, account);
		if (tier) out.push({ policy, min: tier.minPostsPerWeek, level: tier.level, clause: tier.clause });
		else if (policy.regularPosting)
			out.push({ policy, min: regularMinimum, level: policy.regularPosting.level, clause: policy.regularPosting.clause });
	}
	return out;
}

const ended = new Map<string, readonly string[]>();

/**
 * Mondays of the period's weeks that have ended by `today` (Sunday < today): the weeks whose
 * publications can be judged. Per period and check date, cached (a run has one check date).
 */
export function endedWeeks(period: Period, today: string): readonly string[] {
	const key = `${period.year}-${period.quarter}|${today}`;
	let mondays = ended.get(key);
	if (!mondays) {
		// Sunday < today ⇔ Monday + 7 ≤ today ⇔ Monday ≤ today − 7.
		const lastMonday = addDays(today, -7);
		const all = mondaysOfQuarter(period.year, period.quarter);
		ended.set(key, (mondays = all[all.length - 1]! <= lastMonday ? all : all.filter((monday) => monday <= lastMonday)));
	}
	return mondays;
}

export interface Shortfall {
	account: Entry<Account>;
	minimum: WeeklyMinimum;
	weeks: { monday: string; count: number; line?: number; column?: number }[];
}

/**
 * Groups weeks below the minimum by account and policy, so a clerk gets one finding per page per
 * quarter listing the weeks, rather than thirteen. `mondays` are the weeks to judge: the ended
 * weeks for what was published (endedWeeks), every week of the quarter for what is planned.
 */
export function shortfalls(
	dataset: Dataset,
	period: Period,
	regularMinimum: number,
	mondays: readonly string[],
	countOf: (account: Account, monday: string) => { count: number; line?: number; column?: number },
): Shortfall[] {
	const out = new Map<string, Shortfall>();
	for (const entry of dataset.accountsByOrg.get(period.org.value.id) ?? []) {
		for (const monday of mondays) {
			const minimums = minimumsFor(dataset, period, entry.value, monday, regularMinimum);
			if (!minimums.length) continue;
			const found = countOf(entry.value, monday);
			for (const minimum of minimums) {
				if (found.count >= minimum.min) continue;
				const key = `${entry.value.id}|${minimum.policy.id}|${minimum.clause}`;
				const shortfall = out.get(key) ?? { account: entry, minimum, weeks: [] };
				shortfall.weeks.push({ monday, ...found });
				out.set(key, shortfall);
			}
		}
	}
	return [...out.values()];
}

/** «06.07 (2), 13.07 (0)» — weeks with their counts, for messages. */
export function describeWeeks(weeks: Shortfall['weeks'], limit = 6): string {
	const shown = weeks.slice(0, limit).map((w) => `${ruDate(w.monday).slice(0, 5)} (${w.count})`);
	return weeks.length > limit ? `${shown.join(', ')} и ещё ${weeks.length - limit}` : shown.join(', ');
}

/** Weeks without a single publication on any page that flag an organisation as dormant, unless configured. */
export const DEFAULT_DORMANT_WEEKS = 4;

export interface SilentRun {
	/** Mondays of the first and last week of the run. */
	from: string;
	to: string;
	weeks: number;
	/** The strictest minimum of the run's first week: the clause a dormant body is cited under. */
	minimum: WeeklyMinimum;
}

/**
 * The longest run of consecutive weeks among `mondays` in which some page of the organisation had
 * to publish and none of its pages published anything (a week without a row counts as zero, as
 * the quota is judged). A week no minimum applies to (an exemption, no page kept yet) ends a run:
 * silence there breaks no act. Null when no week is silent.
 */
export function silentRun(
	dataset: Dataset,
	period: Period,
	regularMinimum: number,
	mondays: readonly string[],
	postsOf: (account: Account, monday: string) => number,
): SilentRun | null {
	const accounts = dataset.accountsByOrg.get(period.org.value.id) ?? [];
	let best: SilentRun | null = null;
	let current: SilentRun | null = null;
	for (const monday of mondays) {
		// Posts first: a week with any is no silence, and the minimums (the costly part) are looked
		// up only for the weeks without a single post, which most quarters have none of.
		let strictest: WeeklyMinimum | undefined;
		if (!accounts.some(({ value }) => postsOf(value, monday) > 0)) {
			for (const { value: account } of accounts) {
				for (const minimum of minimumsFor(dataset, period, account, monday, regularMinimum))
					if (!strictest || minimum.min > strictest.min) strictest = minimum;
			}
		}
		if (!strictest) {
			current = null;
			continue;
		}
		if (current) {
			current.to = monday;
			current.weeks++;
		} else current = { from: monday, to: monday, weeks: 1, minimum: strictest };
		if (!best || current.weeks > best.weeks) best = { ...current };
	}
	return best;
}
