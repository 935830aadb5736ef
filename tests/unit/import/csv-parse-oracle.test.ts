/**
 * Differential test: our hand-written reader (written for speed and exact line numbers) must
 * split any RFC 4180 table into the same cells as csv-parse, the library we chose not to use.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/csv/index.ts';
import type { ColumnSpec } from '../../../src/schemas/csv-cells.ts';
import { utf8 } from '../csv/cp1251.ts';

const MAX_COLUMNS = 5;

// `text` columns: the reader trims cells and collapses runs of spaces, so the generator makes
// cells that are already in that form (no edge or double spaces, no space beside a line break).
const SPEC: Record<string, ColumnSpec> = Object.fromEntries(
	Array.from({ length: MAX_COLUMNS }, (_, j) => [`c${j}`, { aliases: [`Столбец ${j}`], kind: 'text' } satisfies ColumnSpec]),
);

const word = fc.string({
	unit: fc.constantFrom('a', 'Z', '7', 'ж', 'Ё', 'я', ';', ',', '"', '""', '.', '«', '»', '-'),
	minLength: 1,
	maxLength: 6,
});
const cell = fc.oneof(
	{ weight: 1, arbitrary: fc.constant('') },
	{
		weight: 6,
		arbitrary: fc
			.tuple(word, fc.array(fc.tuple(fc.constantFrom(' ', '\n'), word), { maxLength: 3 }))
			.map(([first, rest]) => first + rest.map(([gap, w]) => gap + w).join('')),
	},
);

interface Table {
	delimiter: ',' | ';';
	headers: string[];
	rows: string[][];
	newline: '\n' | '\r\n';
	trailingNewline: boolean;
	/** Quote fields that do not need it too: RFC 4180 allows it and Excel does it. */
	quoteAll: boolean[];
}

// At least two columns: with one, a file has no delimiter to detect and `;` reads as `,`.
const table: fc.Arbitrary<Table> = fc.integer({ min: 2, max: MAX_COLUMNS }).chain((width) =>
	fc.record({
		delimiter: fc.constantFrom(',' as const, ';' as const),
		headers: fc.tuple(...Array.from({ length: width }, (_, j) => fc.constantFrom(`c${j}`, `Столбец ${j}`, `C${j}`))),
		rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
		newline: fc.constantFrom('\n' as const, '\r\n' as const),
		trailingNewline: fc.boolean(),
		quoteAll: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
	}),
);

function field(value: string, delimiter: string, forceQuotes: boolean): string {
	const needs = value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r');
	return needs || forceQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

function writeRfc4180({ delimiter, headers, rows, newline, trailingNewline, quoteAll }: Table): string {
	const lines = [headers, ...rows].map((cells, i) => cells.map((c) => field(c, delimiter, quoteAll[i] ?? false)).join(delimiter));
	return lines.join(newline) + (trailingNewline ? newline : '');
}

describe('readTable agrees with csv-parse', () => {
	it('on random RFC 4180 tables with delimiters, quotes, line breaks and Cyrillic in cells', () => {
		fc.assert(
			fc.property(table, (t) => {
				const text = writeRfc4180(t);
				const oracle = parse(text, { delimiter: t.delimiter, relax_column_count: false }) as string[][];
				const ours = readTable(utf8(text), SPEC);
				expect(ours.problems).toEqual([]);
				expect(ours.delimiter).toBe(t.delimiter);
				const columns = ours.headers.map((h) => h.canonical);
				expect(columns).toEqual(t.headers.map((_, j) => `c${j}`));
				// The reader skips records whose cells are all empty (Excel's «;;;»); csv-parse keeps them.
				const expected = oracle.slice(1).filter((cells) => cells.some((c) => c !== ''));
				const actual = ours.rows.map((row) => columns.map((name) => row.values[name!] ?? ''));
				expect(actual).toEqual(expected);
				expect(oracle[0]).toEqual(t.headers);
			}),
			{ numRuns: 2000 },
		);
	});
});
