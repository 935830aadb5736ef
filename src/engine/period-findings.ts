/**
 * What the check found of one organisation's quarter, in public terms: each requirement its acts
 * set — posts a week per page (weekly-minimum), pages not silent for weeks on end (its dormancy),
 * a content plan (content-plan-present), reply deadlines (reply-deadlines) — met, missed or not
 * applicable, with the figure, the level and the clause. Judged as those rules judge, with the same
 * helpers (engine/weekly.ts) and the same options, over the weeks that have ended by the check
 * date, so the site says what the check says. Carried to the site in the period digest
 * (engine/period-digest.ts); computed on the public view of the dataset, so no internal field
 * can reach it.
 */
import type { Account } from '../schemas/account.ts';
import type { Level } from '../schemas/common.ts';
import type { Dataset, Period } from '../loaders/dataset-types.ts';
import type { RuleSettings } from './settings.ts';
import { checkDate } from '../lib/dates.ts';
import { isExempt } from './policy-view.ts';
import { stageDurations } from './period-summary.ts';
import { DEFAULT_DORMANT_WEEKS, endedWeeks, minimumsFor, policiesInWeek, silentRun, type WeeklyMinimum } from './weekly.ts';

export type FindingStatus = 'met' | 'missed' | 'notApplicable';

export type FindingRequirement = 'weeklyMinimum' | 'dormant' | 'contentPlan' | 'replyDeadline';

export interface PeriodFinding {
	requirement: FindingRequirement;
	/** The rule that reports it when missed. */
	rule: string;
	/** The page (weeklyMinimum: account id) or reply stage (replyDeadline: its title); null for the organisation. */
	subject: string | null;
	status: FindingStatus;
	/** The act's wording of the duty («обязательно» / «рекомендуется»), and its clause; null where no act sets one. */
	level: Level | null;
	policy: string | null;
	clause: string | null;
	/**
	 * The figure. weeklyMinimum: weeks met of weeks judged; dormant: the longest run of silent weeks
	 * (whole: the weeks judged); contentPlan: planned publications (whole null); replyDeadline:
	 * replies in time of replies.
	 */
	part: number;
	whole: number | null;
	/** The threshold: posts a week, weeks of silence that flag a body, or hours for the stage; null for a plan. */
	limit: number | null;
	/** Mondays of the first and last week of the longest silent run (dormant only, when there is one). */
	from?: string;
	to?: string;
}

export interface FindingOptions {
	/** The check date: only weeks ended by then are judged (engine/weekly.ts). */
	today: string;
	/** weekly-minimum's options. */
	regularMinimum: number;
	dormantWeeks: number;
}

/** The options the findings are judged with, from the rules' resolved settings (engine/settings.ts). */
export function findingOptions(settings: ReadonlyMap<string, RuleSettings>, today: string): FindingOptions {
	const options = settings.get('weekly-minimum')?.options ?? {};
	return {
		today,
		regularMinimum: typeof options.regularMinimum === 'number' ? options.regularMinimum : 1,
		dormantWeeks: typeof options.dormantWeeks === 'number' ? options.dormantWeeks : DEFAULT_DORMANT_WEEKS,
	};
}

/**
 * The same, from the dataset alone (where no check ran: the site computing its own digests): its
 * check date (site.asOf, else today) and weekly-minimum's options in compliance.yaml, which the
 * check has validated before any build uses them.
 */
export function datasetFindingOptions(dataset: Dataset): FindingOptions {
	const configured = dataset.compliance.rules['weekly-minimum']?.options ?? {};
	return findingOptions(new Map([['weekly-minimum', { options: configured }]]), checkDate(dataset.site?.value.asOf));
}

const notApplicable = (requirement: FindingRequirement, rule: string): PeriodFinding => ({
	requirement,
	rule,
	subject: null,
	status: 'notApplicable',
	level: null,
	policy: null,
	clause: null,
	part: 0,
	whole: null,
	limit: null,
});

const cited = (minimum: WeeklyMinimum) => ({ level: minimum.level, policy: minimum.policy.id, clause: minimum.clause });

export function periodFindings(dataset: Dataset, period: Period, options: FindingOptions): PeriodFinding[] {
	const mondays = period.stats ? endedWeeks(period, options.today) : [];
	const posts = postsOf(period);
	const { findings, due } = weekly(dataset, period, options, mondays, posts);
	return [
		...findings,
		dormant(dataset, period, options, mondays, posts, due),
		contentPlan(dataset, period, mondays),
		...replies(dataset, period),
	];
}

function postsOf(period: Period): (account: Account, monday: string) => number {
	const posts = new Map((period.stats?.rows ?? []).map((row) => [`${row.value.account}|${row.value.week_start}`, row.value.posts]));
	return (account, monday) => posts.get(`${account.id}|${monday}`) ?? 0;
}

/** The weeks some page had a minimum in, and the first of those weeks' strictest minimum. */
interface WeeksDue {
	count: number;
	first: WeeklyMinimum | undefined;
}

/**
 * Per page, weeks at or above the strictest minimum of the week (as the statistics pages count them);
 * and, in the same pass, the weeks the organisation had any minimum in, which dormancy is judged over.
 */
function weekly(
	dataset: Dataset,
	period: Period,
	options: FindingOptions,
	mondays: readonly string[],
	posts: (account: Account, monday: string) => number,
): { findings: PeriodFinding[]; due: WeeksDue } {
	const findings: PeriodFinding[] = [];
	const dueWeeks = new Set<string>();
	const orgDue: WeeksDue = { count: 0, first: undefined };
	let firstMonday: string | undefined;
	for (const { value: account } of dataset.accountsByOrg.get(period.org.value.id) ?? []) {
		let basis: WeeklyMinimum | undefined;
		let due = 0;
		let met = 0;
		for (const monday of mondays) {
			const minimums = minimumsFor(dataset, period, account, monday, options.regularMinimum);
			if (!minimums.length) continue;
			const strictest = minimums.reduce((a, b) => (b.min > a.min ? b : a));
			basis ??= strictest;
			due++;
			if (posts(account, monday) >= strictest.min) met++;
			dueWeeks.add(monday);
			if (firstMonday === undefined || monday < firstMonday) {
				firstMonday = monday;
				orgDue.first = strictest;
			}
		}
		if (!basis) continue;
		findings.push({
			requirement: 'weeklyMinimum',
			rule: 'weekly-minimum',
			subject: account.id,
			status: met === due ? 'met' : 'missed',
			...cited(basis),
			part: met,
			whole: due,
			limit: basis.min,
		});
	}
	orgDue.count = dueWeeks.size;
	return { findings: findings.length ? findings : [notApplicable('weeklyMinimum', 'weekly-minimum')], due: orgDue };
}

function dormant(
	dataset: Dataset,
	period: Period,
	options: FindingOptions,
	mondays: readonly string[],
	posts: (account: Account, monday: string) => number,
	due: WeeksDue,
): PeriodFinding {
	if (!due.first) return notApplicable('dormant', 'weekly-minimum');
	const run = silentRun(dataset, period, options.regularMinimum, mondays, posts);
	const silent = run !== null && run.weeks >= options.dormantWeeks;
	return {
		requirement: 'dormant',
		rule: 'weekly-minimum',
		subject: null,
		status: silent ? 'missed' : 'met',
		...cited(silent ? run.minimum : due.first),
		part: run?.weeks ?? 0,
		whole: due.count,
		limit: options.dormantWeeks,
		...(run ? { from: run.from, to: run.to } : {}),
	};
}

/** Owed as content-plan-present owes it: statistics filed, and an ended week whose act asks for a plan. */
function contentPlan(dataset: Dataset, period: Period, mondays: readonly string[]): PeriodFinding {
	const org = period.org.value;
	for (const monday of mondays) {
		if (isExempt(org, monday)) continue;
		const policy = policiesInWeek(dataset, period, monday).find((p) => p.contentPlan);
		if (!policy?.contentPlan) continue;
		const planned = (period.plans?.rows ?? []).filter((row) => row.value.status !== 'cancelled').length;
		return {
			requirement: 'contentPlan',
			rule: 'content-plan-present',
			subject: null,
			status: period.plans ? 'met' : 'missed',
			level: policy.contentPlan.level,
			policy: policy.id,
			clause: policy.contentPlan.clause,
			part: planned,
			whole: null,
			limit: null,
		};
	}
	return notApplicable('contentPlan', 'content-plan-present');
}

/** Each stage an act sets a deadline for, over the quarter's replies (as the statistics pages pool them). */
function replies(dataset: Dataset, period: Period): PeriodFinding[] {
	const out: PeriodFinding[] = [];
	for (const { stage, hours } of stageDurations(dataset, period)) {
		if (stage.hours === null || stage.policy === null || stage.clause === null) continue;
		const deadline = dataset.policies.get(stage.policy)?.value.replyDeadlines.find((d) => d.stage === stage.stage);
		const late = hours.filter((h) => h > stage.hours!).length;
		out.push({
			requirement: 'replyDeadline',
			rule: 'reply-deadlines',
			subject: stage.title,
			status: !hours.length ? 'notApplicable' : late ? 'missed' : 'met',
			level: deadline?.level ?? 'required',
			policy: stage.policy,
			clause: stage.clause,
			part: hours.length - late,
			whole: hours.length,
			limit: stage.hours,
		});
	}
	return out.length ? out : [notApplicable('replyDeadline', 'reply-deadlines')];
}
