/**
 * Content plans by organisation and month. The index reads every plan file once and keeps only
 * counts; a month page loads its own file(s) when it is rendered, with a small cache because the
 * three months of a quarter share a file. Nothing holds the country's plan rows at once.
 */
import type { Dataset } from '../engine/dataset-types.ts';
import { t } from '../i18n/index.ts';
import { formatDate, NBSP } from '../lib/ru-format.ts';
import { eachPeriod } from '../loaders/periods.ts';
import type { TreeEntry } from '../loaders/tree.ts';
import type { ContentPlanRow } from '../schemas/content-plan.ts';
import { publicData } from './site.ts';
import { networkName, quarterSlug } from './stats.ts';

type SeriesEntry = Extract<TreeEntry, { kind: 'series' }>;

export interface PlanOrg {
	org: string;
	name: string;
	/** Month `yyyy-mm` → planned publications (all statuses). */
	months: Map<string, number>;
	/** Month → the plan files with rows dated in it (usually the quarter's one). */
	files: Map<string, SeriesEntry[]>;
}

export interface PlanIndex {
	/** Every month with a plan anywhere, ascending. */
	months: string[];
	orgs: PlanOrg[];
}

const monthOf = (date: string) => date.slice(0, 7);

let index: PlanIndex | undefined;

export function getPlanIndex(): PlanIndex {
	if (index) return index;
	const { dataset, series } = publicData();
	const plans = series.filter((entry) => entry.series === 'plans');
	const entries = new Map(plans.map((entry) => [`${entry.org}/${quarterSlug(entry.year, entry.quarter)}`, entry]));
	const orgs = new Map<string, PlanOrg>();
	const allMonths = new Set<string>();
	for (const period of eachPeriod(dataset, plans)) {
		const id = period.org.value.id;
		const entry = entries.get(`${id}/${quarterSlug(period.year, period.quarter)}`)!;
		let org = orgs.get(id);
		if (!org) orgs.set(id, (org = { org: id, name: period.org.value.shortName, months: new Map(), files: new Map() }));
		for (const { value } of period.plans?.rows ?? []) {
			const month = monthOf(value.date);
			allMonths.add(month);
			org.months.set(month, (org.months.get(month) ?? 0) + 1);
			const files = org.files.get(month) ?? [];
			if (!files.includes(entry)) org.files.set(month, [...files, entry]);
		}
	}
	index = {
		months: [...allMonths].sort(),
		orgs: [...orgs.values()].filter((org) => org.months.size).sort((a, b) => a.name.localeCompare(b.name, 'ru') || (a.org < b.org ? -1 : 1)),
	};
	return index;
}

export function planMonthPaths() {
	return getPlanIndex().orgs.flatMap((org) => [...org.months.keys()].sort().map((month) => ({ params: { org: org.org, month } })));
}

export const planMonthHref = (org: string, month: string) => `/plany/${org}/${month}/`;

// Rows of recently loaded plan files, by file. Pages render in path order, so the three months of
// one quarter follow each other; a handful of entries is enough.
const loaded = new Map<string, ContentPlanRow[]>();
const LOADED_MAX = 8;

function planRows(dataset: Dataset, entry: SeriesEntry): ContentPlanRow[] {
	const hit = loaded.get(entry.abs);
	if (hit) return hit;
	const rows: ContentPlanRow[] = [];
	for (const period of eachPeriod(dataset, [entry])) for (const row of period.plans?.rows ?? []) rows.push(row.value);
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
	prev: string | undefined;
	next: string | undefined;
	/** The quarter the month belongs to, for the link to its statistics. */
	quarter: string;
}

const WEEKDAY = new Intl.DateTimeFormat('ru-RU', { weekday: 'long', timeZone: 'UTC' });

export function getPlanMonth(orgId: string, month: string): PlanMonth {
	const org = getPlanIndex().orgs.find((o) => o.org === orgId);
	if (!org || !org.months.has(month)) throw new Error(`нет контент-плана ${orgId} на ${month}`);
	const { dataset } = publicData();
	const rows = (org.files.get(month) ?? []).flatMap((entry) => planRows(dataset, entry)).filter((row) => monthOf(row.date) === month);
	const days = new Map<string, PlanItem[]>();
	const formats = new Map<string, number>();
	const statuses = new Map<string, number>();
	for (const row of [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
		const account = row.account ? dataset.accounts.get(row.account)?.value : undefined;
		const page = row.account
			? t('stats.accountLabel', { name: account?.name ?? row.account, network: account ? networkName(account.network) : '' })
			: t('plans.allInNetwork', { network: networkName(row.network!) });
		const format = t(`plans.format.${row.format}`);
		const status = t(`plans.status.${row.status}`);
		days.set(row.date, [...(days.get(row.date) ?? []), { page, topic: row.topic, format, status, cancelled: row.status === 'cancelled' }]);
		if (row.status !== 'cancelled') formats.set(format, (formats.get(format) ?? 0) + 1);
		statuses.set(status, (statuses.get(status) ?? 0) + 1);
	}
	const months = [...org.months.keys()].sort();
	const at = months.indexOf(month);
	const [year, mm] = month.split('-').map(Number) as [number, number];
	return {
		org,
		month,
		days: [...days].map(([date, items]) => ({ date, label: t('plans.dayLabel', { date: formatDate(date), weekday: WEEKDAY.format(new Date(`${date}T00:00:00Z`)) }), items })),
		byFormat: [...formats].map(([format, count]) => ({ format, count })).sort((a, b) => b.count - a.count || a.format.localeCompare(b.format, 'ru')),
		byStatus: [...statuses].map(([status, count]) => ({ status, count })),
		prev: months[at - 1],
		next: months[at + 1],
		quarter: quarterSlug(year, Math.floor((mm - 1) / 3) + 1),
	};
}

const MONTH = new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** «июль 2026 г.» from `2026-07`. */
export function monthLabel(month: string): string {
	return MONTH.format(new Date(`${month}-01T00:00:00Z`)).replace(/ /g, NBSP);
}
