/**
 * Content plans by organisation and year, a section per month. The index keeps only counts, made in
 * the statistics pass (src/queries/plan-index.ts); a year page loads its own quarters when it is
 * rendered (the check's record of them in its hand-off), with a small cache because the
 * months of a quarter share a file. Nothing holds the country's plan rows at once.
 */
import { t } from '../i18n/index.ts';
import { formatDate } from '../lib/ru-format.ts';
import type { ContentPlanRow } from '../schemas/content-plan.ts';
import { handoffDir, publicData } from './site.ts';
import type { PlanIndex, PlanOrg, PlanSource } from './plan-index.ts';
import { decodePlanRows } from '../engine/period-digest.ts';
import { handedRecords } from '../handoff/period-records.ts';
import { networkName, planIndexOfPass, quarterSlug } from './stats.ts';
import { pageSlices } from '../lib/paginate.ts';
import { memoise } from '../lib/memo.ts';

export type { PlanIndex, PlanOrg } from './plan-index.ts';

/** Organisations and months with plans, counted in the build's one pass over the quarterly tables. */
export function getPlanIndex(): PlanIndex {
	return planIndexOfPass();
}

/** Organisations per page of the index, as in the registry. */
export const PLAN_ORGS_PER_PAGE = 100;

/** /plany/ (the first organisations), then /plany/<n>/. */
export function planIndexPaths() {
	return pageSlices(getPlanIndex().orgs, PLAN_ORGS_PER_PAGE).map((slice) => ({
		params: { page: slice.page === 1 ? undefined : String(slice.page) },
		props: { slice },
	}));
}

export const planIndexHref = (page: number) => (page === 1 ? '/plany/' : `/plany/${page}/`);

/**
 * One page per organisation and year, a section per month (#yyyy-mm). A page per organisation and
 * month was 60,000 pages for a year of plans at 20,000 accounts; a year bounds the page's length
 * (build budget, docs/benchmarks.md).
 */
export function planYearPaths() {
	return getPlanIndex().orgs.flatMap((org) => yearsOf(org).map((year) => ({ params: { org: org.org, year } })));
}

/** `/plany/<org>/`: one page per organisation with plans, listing its plan years. */
export function planOrgPaths() {
	return getPlanIndex().orgs.map((org) => ({ params: { org: org.org } }));
}

export function getPlanOrg(id: string): { org: PlanOrg; years: string[] } {
	const org = getPlanIndex().orgs.find((entry) => entry.org === id);
	if (!org) throw new Error(`нет контент-планов организации ${id}`);
	return { org, years: yearsOf(org) };
}

const yearsOf = (org: PlanOrg) => [...new Set([...org.months.keys()].map((month) => month.slice(0, 4)))].sort();

export { planMonthHref, planYearHref } from '../lib/site-paths.ts';

export interface PlanYear {
	org: PlanOrg;
	year: string;
	months: PlanMonth[];
	prev: string | undefined;
	next: string | undefined;
}

export function getPlanYear(orgId: string, year: string): PlanYear {
	const org = getPlanIndex().byOrg.get(orgId);
	const months = org ? [...org.months.keys()].filter((month) => month.startsWith(`${year}-`)).sort() : [];
	if (!org || !months.length) throw new Error(`нет контент-плана ${orgId} на ${year} год`);
	const years = yearsOf(org);
	const at = years.indexOf(year);
	return { org, year, months: months.map((month) => getPlanMonth(orgId, month)), prev: years[at - 1], next: years[at + 1] };
}

// Rows of recently loaded plan files, by file. Pages render in path order, so the three months of
// one quarter follow each other; astro.config.mjs renders 4 pages at once, each of up to 5 files,
// so the cache holds more than that to keep a file from being read once per month.
const loaded = new Map<string, ContentPlanRow[]>();
const LOADED_MAX = 32;

let records: ReturnType<typeof handedRecords> | undefined;

function planRows({ entry, record }: PlanSource): ContentPlanRow[] {
	const hit = loaded.get(entry.abs);
	if (hit) return hit;
	const rows: ContentPlanRow[] = [];
	// No record: the check found no valid row in the file.
	if (record) rows.push(...decodePlanRows((records ??= handedRecords(handoffDir())).read<string[]>(record)));
	if (loaded.size >= LOADED_MAX) loaded.delete(loaded.keys().next().value!);
	loaded.set(entry.abs, rows);
	return rows;
}

export interface PlanItem {
	/** Account label, or «all pages in network X». */
	page: string;
	topic: string;
	format: string;
	status: string;
	cancelled: boolean;
}

export interface PlanDay {
	date: string;
	label: string;
	items: PlanItem[];
}

export interface PlanMonth {
	org: PlanOrg;
	month: string;
	days: PlanDay[];
	/** Russian format name → planned publications (not cancelled). */
	byFormat: { format: string; count: number }[];
	byStatus: { status: string; count: number }[];
	/** The quarter the month belongs to, for the link to its statistics. */
	quarter: string;
}

const WEEKDAY = new Intl.DateTimeFormat('ru-RU', { weekday: 'long', timeZone: 'UTC' });

/** «6 января 2025 г., понедельник». Memoised: every year page labels up to 365 days with Intl (build budget, docs/benchmarks.md). */
const dayLabel = memoise((date: string): string =>
	t('plans.dayLabel', { date: formatDate(date), weekday: WEEKDAY.format(new Date(`${date}T00:00:00Z`)) }),
);

export function getPlanMonth(orgId: string, month: string): PlanMonth {
	const org = getPlanIndex().byOrg.get(orgId);
	if (!org || !org.months.has(month)) throw new Error(`нет контент-плана ${orgId} на ${month}`);
	const { dataset } = publicData();
	const rows = (org.files.get(month) ?? []).flatMap((source) => planRows(source)).filter((row) => row.date.startsWith(month));
	const days = new Map<string, PlanItem[]>();
	const formats = new Map<string, number>();
	const statuses = new Map<string, number>();
	// Labels repeat on every row: look each one up once per page.
	const labels = new Map<string, string>();
	const label = (key: string, make: () => string) => labels.get(key) ?? (labels.set(key, make()), labels.get(key)!);
	for (const row of [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
		const page = row.account
			? label(`a:${row.account}`, () => {
					const account = dataset.accounts.get(row.account!)?.value;
					return t('stats.accountLabel', { name: account?.name ?? row.account!, network: account ? networkName(account.network) : '' });
				})
			: label(`n:${row.network}`, () => t('plans.allInNetwork', { network: networkName(row.network!) }));
		const format = label(`f:${row.format}`, () => t(`plans.format.${row.format}`));
		const status = label(`s:${row.status}`, () => t(`plans.status.${row.status}`));
		const items = days.get(row.date);
		const item = { page, topic: row.topic, format, status, cancelled: row.status === 'cancelled' };
		if (items) items.push(item);
		else days.set(row.date, [item]);
		if (row.status !== 'cancelled') formats.set(format, (formats.get(format) ?? 0) + 1);
		statuses.set(status, (statuses.get(status) ?? 0) + 1);
	}
	const [year, mm] = month.split('-').map(Number) as [number, number];
	return {
		org,
		month,
		days: [...days].map(([date, items]) => ({ date, label: dayLabel(date), items })),
		byFormat: [...formats]
			.map(([format, count]) => ({ format, count }))
			.sort((a, b) => b.count - a.count || a.format.localeCompare(b.format, 'ru')),
		byStatus: [...statuses].map(([status, count]) => ({ status, count })),
		quarter: quarterSlug(year, Math.floor((mm - 1) / 3) + 1),
	};
}

// Month names and the plan pages' addresses are in lib, where components can import them.
export { monthLabel } from '../lib/period-labels.ts';
