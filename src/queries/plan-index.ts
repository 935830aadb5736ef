/**
 * The content-plan index (organisations × months, with the files holding each month), built from
 * the period digests of the statistics pass (src/queries/stats.ts) rather than by reading every plan file
 * a second time (issue 3, build budget). Month pages read their own files when they render.
 */
import type { PeriodDigest } from '../engine/period-digest.ts';
import type { SeriesEntry } from '../loaders/tree.ts';
import { byOrgName } from './org-order.ts';

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

export function planIndexBuilder(series: readonly SeriesEntry[]): { add(digest: PeriodDigest, name: string): void; finish(): PlanIndex } {
	const key = (org: string, year: number, quarter: number) => `${org}/${year}/${quarter}`;
	const entries = new Map(series.filter((entry) => entry.series === 'plans').map((entry) => [key(entry.org, entry.year, entry.quarter), entry]));
	const orgs = new Map<string, PlanOrg>();
	const allMonths = new Set<string>();
	return {
		/** `name`: the organisation's short name. */
		add(digest, name) {
			if (!digest.planMonths.length) return;
			const entry = entries.get(key(digest.org, digest.year, digest.quarter))!;
			let org = orgs.get(digest.org);
			if (!org) orgs.set(digest.org, (org = { org: digest.org, name, months: new Map(), files: new Map() }));
			for (const [month, count] of digest.planMonths) {
				allMonths.add(month);
				org.months.set(month, (org.months.get(month) ?? 0) + count);
				const files = org.files.get(month);
				if (!files) org.files.set(month, [entry]);
				else if (!files.includes(entry)) files.push(entry);
			}
		},
		// Whatever order the digests came in (the check's threads write theirs side by side): months
		// in calendar order, each month's files by quarter, organisations by name.
		finish() {
			for (const org of orgs.values()) {
				org.months = new Map([...org.months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
				for (const files of org.files.values()) files.sort((a, b) => a.year - b.year || a.quarter - b.quarter);
			}
			const listed = [...orgs.values()].sort(byOrgName);
			return { months: [...allMonths].sort(), orgs: listed, byOrg: new Map(listed.map((org) => [org.org, org])) };
		},
	};
}
