/**
 * One organisation's quarter (stats, plans, reply log), grouped and loaded the same way for the
 * check (src/engine/session.ts) and for the site's statistics (eachPeriod).
 */
import { resolveAccountCell } from './account-index.ts';
import type { Dataset, Period } from './dataset-types.ts';
import type { LoadHooks } from './dataset.ts';
import { loadSeries, type CsvTextHook } from './period.ts';
import type { SeriesEntry, TreeEntry } from './tree.ts';

export interface PeriodGroup {
	org: string;
	year: number;
	quarter: number;
	files: SeriesEntry[];
}

/** The CSV files of the tree grouped by organisation and quarter, in tree order. */
export function groupPeriods(entries: readonly TreeEntry[]): PeriodGroup[] {
	const groups = new Map<string, PeriodGroup>();
	for (const entry of entries) {
		if (entry.kind !== 'series') continue;
		const key = `${entry.org}/${entry.year}/${entry.quarter}`;
		const group = groups.get(key) ?? { org: entry.org, year: entry.year, quarter: entry.quarter, files: [] };
		group.files.push(entry);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/**
 * Reads a group's tables into `period` (cells holding links are resolved through the registry).
 * Problems go to `hooks`; rows that fail are left out.
 */
export function loadPeriodTables(
	group: PeriodGroup,
	period: Period,
	dataset: Dataset,
	hooks: Pick<LoadHooks, 'finding'> & { csvText?: CsvTextHook },
): Period {
	const resolveCell = (cell: string) => resolveAccountCell(dataset, cell);
	for (const entry of group.files) period[entry.series] = loadSeries<any>(entry.file, entry.abs, entry.series, hooks, resolveCell);
	return period;
}

/** An organisation's quarter's place in the site's order: by organisation, then quarter. */
export const periodKey = (period: { org: string; year: number; quarter: number }) => `${period.org}/${period.year}-q${period.quarter}`;

/** Every valid organisation's quarters, one at a time, for the site, in periodKey order. Invalid
 * rows are skipped silently here: `npm run check` reports them. */
export function* eachPeriod(dataset: Dataset, series: readonly SeriesEntry[]): Generator<Period> {
	for (const group of groupPeriods(series).sort((a, b) => (periodKey(a) < periodKey(b) ? -1 : periodKey(a) > periodKey(b) ? 1 : 0))) {
		const org = dataset.orgs.get(group.org);
		if (org) yield loadPeriodTables(group, { org, year: group.year, quarter: group.quarter }, dataset, { finding: () => {} });
	}
}
