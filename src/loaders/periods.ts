/**
 * Loads every organisation's quarter (stats, plans, reply log) from the public tree, one at a time,
 * for the site's statistics. Invalid rows are skipped silently: `npm run check` reports them.
 */
import { resolveAccountCell } from '../engine/account-index.ts';
import type { Dataset, Period } from '../engine/dataset-types.ts';
import { loadSeries } from './period.ts';
import type { TreeEntry } from './tree.ts';

type SeriesEntry = Extract<TreeEntry, { kind: 'series' }>;

/** Groups CSV files by organisation and quarter, in a stable order. */
export function* eachPeriod(dataset: Dataset, series: readonly SeriesEntry[]): Generator<Period> {
	const groups = new Map<string, SeriesEntry[]>();
	for (const entry of series) {
		const key = `${entry.org}/${entry.year}-q${entry.quarter}`;
		groups.set(key, [...(groups.get(key) ?? []), entry]);
	}
	for (const key of [...groups.keys()].sort()) {
		const files = groups.get(key)!;
		const org = dataset.orgs.get(files[0]!.org);
		if (!org) continue;
		const period: Period = { org, year: files[0]!.year, quarter: files[0]!.quarter };
		for (const file of files) {
			period[file.series] = loadSeries<any>(file.file, file.abs, file.series, { finding: () => {} }, (cell) => resolveAccountCell(dataset, cell));
		}
		yield period;
	}
}
