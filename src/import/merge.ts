/**
 * Which incoming row replaces which row already in a quarterly file. Rows are matched by key
 * (stats: week and account; plans: date, account or network, topic; replies: message number);
 * all incoming rows with a key replace all existing rows with that key, everything else stays.
 *
 * A content plan may list one topic twice on one day: a cancelled publication and the one that
 * replaced it (the demo data has such pairs). So a key names a group of rows rather than one
 * row, and a plan export may repeat a key with different cells; rows that repeat a key in
 * stats or replies contradict each other and are refused.
 */
import type { SeriesKind } from '../loaders/tree.ts';
import type { ImportError, SourceRow } from './read-source.ts';
import { compareKeys, SERIES_TRAITS } from './series.ts';

export const keyText = (key: readonly string[]) => key.join('\u0000');

export interface Seen {
	file: string;
	sheet?: string;
	line: number;
	values: SourceRow['values'];
}

/** Incoming rows only: what is already in the tree is check's to judge, and merging keeps it. */
export function checkDuplicates(rows: readonly SourceRow[], file: string, kind: SeriesKind, seen: Map<string, Seen[]>, errors: ImportError[], sheet?: string): void {
	const onSheet = sheet === undefined ? {} : { sheet };
	for (const row of rows) {
		// Rows bound for different quarterly files never meet (message 1 of two organisations' journals).
		const { org, series, year, quarter } = row.place;
		const key = `${org}/${series}/${year}-q${quarter}\u0000${keyText(row.key)}`;
		const earlier = seen.get(key);
		if (!earlier) {
			seen.set(key, [{ file, ...onSheet, line: row.line, values: row.values }]);
			continue;
		}
		// Within one plan export, a key may repeat with other cells (see above); from two files,
		// which rows should stand is anyone's guess.
		const clash = kind === 'plans' ? earlier.find((e) => e.file !== file || e.sheet !== sheet || sameValues(e.values, row.values)) : earlier[0];
		if (!clash) {
			earlier.push({ file, ...onSheet, line: row.line, values: row.values });
			continue;
		}
		const onOtherSheet = clash.sheet === undefined ? '' : ` листа «${clash.sheet}»`;
		const where = clash.file !== file ? `строку ${clash.line}${onOtherSheet} файла ${clash.file}` : clash.sheet !== sheet ? `строку ${clash.line}${onOtherSheet}` : `строку ${clash.line}`;
		errors.push({ file, ...onSheet, line: row.line, column: 1, message: `строка повторяет ${where} (${SERIES_TRAITS[kind].describeKey(row.values)}): оставьте одну из них` });
	}
}

function sameValues(a: SourceRow['values'], b: SourceRow['values']): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

export interface Merged {
	rows: SourceRow[];
	/** In rows: incoming with a new key, incoming in place of existing ones, existing left alone. */
	counts: { added: number; replaced: number; kept: number; removed: number };
}

export function mergeRows(existing: readonly SourceRow[], incoming: readonly SourceRow[]): Merged {
	const groups = new Map<string, SourceRow[]>();
	const add = (map: Map<string, SourceRow[]>, row: SourceRow) => {
		const key = keyText(row.key);
		const group = map.get(key);
		if (group) group.push(row);
		else map.set(key, [row]);
	};
	for (const row of existing) add(groups, row);
	const arriving = new Map<string, SourceRow[]>();
	for (const row of incoming) add(arriving, row);
	let added = 0;
	let replaced = 0;
	let removed = 0;
	for (const [key, rows] of arriving) {
		const old = groups.get(key);
		if (old) {
			replaced += rows.length;
			removed += old.length;
		} else added += rows.length;
		groups.set(key, rows);
	}
	// A stable sort: rows of one group stay in the order they were written.
	const rows = [...groups.values()].flat().sort((a, b) => compareKeys(a.key, b.key));
	return { rows, counts: { added, replaced, kept: existing.length - removed, removed } };
}
