/**
 * The content-plan index (organisations × months, with the files holding each month), built from
 * the periods of the statistics pass (src/queries/stats.ts) rather than by reading every plan file
 * a second time (issue 3, build budget). Month pages read their own files when they render.
 */
import type { Period } from '../engine/dataset-types.ts';
import type { TreeEntry } from '../loaders/tree.ts';
import { byOrgName } from './org-order.ts';

export type SeriesEntry = Extract<TreeEntry, { kind: 'series' }>;

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
	/** The same organisations by id: a page must not scan every organisation. */
	byOrg: Map<string, PlanOrg>;
}

export function planIndexBuilder(series: readonly SeriesEntry[]): { add(period: Period): void; finish(): PlanIndex } {
	const key = (org: string, year: number, quarter: number) => `${org}/${year}/${quarter}`;
	const entries = new Map(series.filter((entry) => entry.series === 'plans').map((entry) => [key(entry.org, entry.year, entry.quarter), entry]));
	const orgs = new Map<string, PlanOrg>();
	const allMonths = new Set<string>();
	return {
		add(period) {
			const rows = period.plans?.rows;
			if (!rows?.length) return;
			const id = period.org.value.id;
			const entry = entries.get(key(id, period.year, period.quarter))!;
			let org = orgs.get(id);
			if (!org) orgs.set(id, (org = { org: id, name: period.org.value.shortName, months: new Map(), files: new Map() }));
			for (const { value } of rows) {
				const month = value.date.slice(0, 7);
				allMonths.add(month);
				org.months.set(month, (org.months.get(month) ?? 0) + 1);
				const files = org.files.get(month);
				if (!files) org.files.set(month, [entry]);
				else if (!files.includes(entry)) files.push(entry);
			}
		},
		finish() {
			const listed = [...orgs.values()].sort(byOrgName);
			return { months: [...allMonths].sort(), orgs: listed, byOrg: new Map(listed.map((org) => [org.org, org])) };
		},
	};
}
