/**
 * Which table an export is, from its header line: staff name their files anything
 * («Отчёт за июль (2).csv»), but the columns of the three tables hardly overlap.
 */
import { detectDelimiter, scanCsv } from '../lib/csv/scan.ts';
import { compileSpec, lookupHeader } from '../lib/csv/spec.ts';
import { SERIES } from '../loaders/period.ts';
import type { SeriesKind } from '../loaders/tree.ts';
import { SERIES_TRAITS } from './series.ts';

export const KINDS: readonly SeriesKind[] = ['stats', 'plans', 'replies'];

export interface HeaderLine {
	line: number;
	fields: string[];
}

/**
 * The first record that is not blank, split into fields. Only that record is scanned: the rest
 * of the file is read once, later, by readTable.
 */
export function headerLine(text: string): HeaderLine | undefined {
	const delimiter = detectDelimiter(text);
	let start = 0;
	let line = 1;
	while (start < text.length) {
		let quoted = false;
		let end = start;
		let breaks = 0;
		for (; end < text.length; end++) {
			const c = text[end];
			if (c === '"') quoted = !quoted;
			else if (c === '\n' || c === '\r') {
				if (!quoted) break;
				if (c === '\n' || text[end + 1] !== '\n') breaks++;
			}
		}
		const fields: string[] = [];
		scanCsv(text.slice(start, end), delimiter, (record) => fields.push(...record.fields.slice(0, record.count)));
		if (fields.some((f) => f.trim() !== '')) return { line, fields };
		// Past the record's line break (CRLF counts once) to the next record.
		end += text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1;
		line += breaks + 1;
		start = end;
	}
	return undefined;
}

/** Kinds whose signature columns all appear among the headers (by name or Russian alias). */
export function matchingKinds(fields: readonly string[]): SeriesKind[] {
	return KINDS.filter((kind) => {
		const compiled = compileSpec(SERIES[kind].columns);
		const present = new Set(fields.map((f) => lookupHeader(compiled, f)?.column.name));
		return SERIES_TRAITS[kind].signature.every((name) => present.has(name));
	});
}

/** What each kind expects, with the Russian headers staff know: for «could not tell» messages. */
export function describeSignatures(): string {
	return KINDS.map((kind) => {
		const columns = SERIES[kind].columns;
		const names = SERIES_TRAITS[kind].signature.map((name) => `«${columns[name]?.aliases[0] ?? name}» (${name})`);
		return `${SERIES_TRAITS[kind].title} (--kind ${kind}) — ${names.join(', ')}`;
	}).join('; ');
}
