/**
 * The content-plan index (organisations × months, with the files holding each month), built from
 * the period digests of the statistics pass (src/queries/stats.ts) rather than by reading every plan file
 * a second time (build budget, docs/benchmarks.md). Year pages read their own quarters when they render: the
 * record the build's check wrote of each, or else the plan file.
 */
import type { PeriodDigest, RecordRef } from '../engine/period-digest.ts';
import type { SeriesEntry } from '../loaders/tree.ts';
import { byOrgName } from './org-order.ts';

export interface PlanOrg {
	org: string;
	name: string;
	/** Month `yyyy-mm` → planned publications (all statuses). */
	months: Map<string, number>;
	/** Month → the quarters' plans with rows dated in it (usually the quarter's one). */
	files: Map<string, PlanSource[]>;
}

/** A quarter's plan: its file, and the check's record of its rows in a build (period-digest.ts). */
export interface PlanSource {
	entry: SeriesEntry;
	record?: RecordRef;
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
	const entries = new Map(
		series.filter((entry) => entry.series === 'plans').map((entry) => [key(entry.org, entry.year, entry.quarter), entry]),
	);
	const orgs = new Map<string, PlanOrg>();
	const allMonths = new Set<string>();
	return {
		/** `name`: the organisation's short name. */
		add(digest, name) {
			if (!digest.planMonths.length) return;
			const entry = entries.get(key(digest.org, digest.year, digest.quarter))!;
			const source: PlanSource = digest.planRecord ? { entry, record: digest.planRecord } : { entry };
			let org = orgs.get(digest.org);
			if (!org) orgs.set(digest.org, (org = { org: digest.org, name, months: new Map(), files: new Map() }));
			for (const [month, count] of digest.planMonths) {
				allMonths.add(month);
				org.months.set(month, (org.months.get(month) ?? 0) + count);
				const files = org.files.get(month);
				if (!files) org.files.set(month, [source]);
				else if (!files.some((known) => known.entry === entry)) files.push(source);
			}
		},
		// Whatever order the digests came in (the check's threads write theirs side by side): months
		// in calendar order, each month's files by quarter, organisations by name.
		finish() {
			for (const org of orgs.values()) {
				org.months = new Map([...org.months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
				for (const files of org.files.values()) files.sort((a, b) => a.entry.year - b.entry.year || a.entry.quarter - b.entry.quarter);
			}
			const listed = [...orgs.values()].sort(byOrgName);
			return { months: [...allMonths].sort(), orgs: listed, byOrg: new Map(listed.map((org) => [org.org, org])) };
		},
	};
}
