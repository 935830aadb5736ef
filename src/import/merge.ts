/**
 * Which incoming row replaces which row already in a quarterly file. Rows are matched by key
 * (src/loaders/row-identity.ts: stats by week and account; plans by date, account or network,
 * topic; replies by message number); all incoming rows with a key replace all existing rows with
 * that key, everything else stays.
 *
 * A plan key names a group of rows (a cancelled publication and its replacement; the demo data
 * has such pairs), so a plan export may repeat a key with different cells; rows that repeat a
 * key in stats or replies contradict each other and are refused.
 */
import { ROW_IDENTITY } from '../loaders/row-identity.ts';
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
export function checkDuplicates(
	rows: readonly SourceRow[],
	file: string,
	kind: SeriesKind,
	seen: Map<string, Seen[]>,
	errors: ImportError[],
	sheet?: string,
): void {
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
		const clash = ROW_IDENTITY[kind].group
			? earlier.find((e) => e.file !== file || e.sheet !== sheet || sameValues(e.values, row.values))
			: earlier[0];
		if (!clash) {
			earlier.push({ file, ...onSheet, line: row.line, values: row.values });
			continue;
		}
		const onOtherSheet = clash.sheet === undefined ? '' : ` листа «${clash.sheet}»`;
		const where =
			clash.file !== file
				? `строку ${clash.line}${onOtherSheet} файла ${clash.file}`
				: clash.sheet !== sheet
					? `строку ${clash.line}${onOtherSheet}`
					: `строку ${clash.line}`;
		errors.push({
			file,
			...onSheet,
			line: row.line,
			column: 1,
			message: `строка повторяет ${where} (${SERIES_TRAITS[kind].describeKey(row.values)}): оставьте одну из них`,
		});
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

/**
 * Merges incoming rows into a quarterly file so that the merge request shows exactly what the
 * clerk changed: a row whose key is already there stays where it is and takes only the columns
 * the incoming file carries (a blank cell there clears the cell; a column the file does not have
 * is left as recorded), and a row with a new key goes next to its neighbours by key. The order
 * of the file is never rewritten; a new file is written in key order.
 *
 * A key that names several rows (a plan's cancelled publication and its replacement): the
 * incoming rows of that key take the places of the existing ones one by one, surplus existing
 * rows go and surplus incoming rows follow the group.
 */
export function mergeRows(existing: readonly SourceRow[], incoming: readonly SourceRow[]): Merged {
	const arriving = new Map<string, SourceRow[]>();
	for (const row of incoming) {
		const key = keyText(row.key);
		const group = arriving.get(key);
		if (group) group.push(row);
		else arriving.set(key, [row]);
	}
	const olds = new Map<string, SourceRow[]>();
	for (const row of existing) {
		const key = keyText(row.key);
		if (!arriving.has(key)) continue;
		const group = olds.get(key);
		if (group) group.push(row);
		else olds.set(key, [row]);
	}
	let replaced = 0;
	let removed = 0;
	const out: SourceRow[] = [];
	const taken = new Set<string>();
	const fresh: SourceRow[] = [];
	for (const row of existing) {
		const key = keyText(row.key);
		const group = arriving.get(key);
		if (!group) {
			out.push(row);
			continue;
		}
		removed++;
		if (taken.has(key)) continue;
		taken.add(key);
		const old = olds.get(key)!;
		replaced += group.length;
		group.forEach((row, i) => out.push(old[i] ? overlay(old[i]!, row) : row));
	}
	for (const [key, rows] of arriving) if (!taken.has(key)) fresh.push(...rows);
	// A stable sort: rows of one group stay in the order they were written.
	fresh.sort((a, b) => compareKeys(a.key, b.key));
	const rows = insertByKey(out, fresh);
	return { rows, counts: { added: fresh.length, replaced, kept: existing.length - removed, removed } };
}

/** The existing row with the cells the incoming row's file carries (all of its own cells when unknown). */
function overlay(old: SourceRow, row: SourceRow): SourceRow {
	const values = { ...old.values };
	for (const column of row.carries ?? Object.keys(row.values)) {
		const value = row.values[column];
		if (value === undefined) delete values[column];
		else values[column] = value;
	}
	return { ...old, values, key: row.key };
}

/**
 * New rows (in key order) placed before the first row of the file, from where the previous one
 * went, whose key is greater: in a file kept in key order that is the sorted place; in one laid
 * out otherwise (the demo's stats list each week's pages in the order of the site), the new row
 * still lands in its week.
 */
function insertByKey(rows: readonly SourceRow[], fresh: readonly SourceRow[]): SourceRow[] {
	if (fresh.length === 0) return [...rows];
	const out: SourceRow[] = [];
	let next = 0;
	for (const row of rows) {
		while (next < fresh.length && compareKeys(fresh[next]!.key, row.key) < 0) out.push(fresh[next++]!);
		out.push(row);
	}
	while (next < fresh.length) out.push(fresh[next++]!);
	return out;
}
