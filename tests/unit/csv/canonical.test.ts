/**
 * readTable decides `canonical` field by field instead of re-writing the file (for speed); this
 * checks that the shortcut agrees with the definition: the text is exactly writeTable's output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTable, writeTable } from '../../../src/lib/csv/index.ts';
import type { ColumnSpec } from '../../../src/schemas/csv-cells.ts';
import { utf8 } from './cp1251.ts';

const SPEC = {
	id: { aliases: ['Номер'], kind: 'text' },
	day: { aliases: ['Дата'], kind: 'date' },
	n: { aliases: ['Число'], kind: 'count' },
	kind: { aliases: ['Вид'], kind: 'enum', values: { фото: 'photo', видео: 'video' } },
	at: { aliases: [], kind: 'timestamp' },
} satisfies Record<string, ColumnSpec>;

function agreesWithWriter(text: string): void {
	const result = readTable(utf8(text), SPEC);
	const present = Object.keys(SPEC).filter((name) => result.headers.some((h) => h.canonical === name));
	const expected =
		present.length > 0 &&
		text ===
			writeTable(
				present,
				result.rows.map((r) => r.values),
			);
	expect({ text, canonical: result.canonical }).toEqual({ text, canonical: expected });
	expect(result.notCanonicalBecause.length === 0).toBe(result.canonical);
}

const header = fc.subarray(['id', 'day', 'n', 'kind', 'at', 'Номер', 'ID', 'x', '"n"', ''], { minLength: 1 }).map((h) => h.join(','));
const cellText = fc.constantFrom(
	'',
	'a',
	'a b',
	' a',
	'a,b',
	'"',
	'a"b',
	'"a"',
	'""',
	'"a\nb"',
	'05.01.2026',
	'2026-01-05',
	'1 234',
	'12,0',
	'7',
	'фото',
	'photo',
	'Фото',
	'\u00a0',
	'2026-07-03T10:15+03:00',
);
const line = fc.array(cellText, { minLength: 0, maxLength: 6 }).map((cells) => cells.join(','));
const ending = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '');
const messyText = fc
	.tuple(header, fc.array(fc.tuple(line, ending), { maxLength: 5 }), ending)
	.map(([head, body, last]) => `${head}\n${body.map(([l, e]) => l + e).join('')}${last === '' ? '' : last}`);

const value = fc.option(fc.constantFrom('a', 'a b', 'a,b', 'say "hi"', 'x\ny', '2026-01-05', '12', 'photo', 'Тема'), { nil: undefined });
const canonicalText = fc
	.tuple(fc.subarray(Object.keys(SPEC), { minLength: 1 }), fc.array(fc.array(value, { minLength: 5, maxLength: 5 }), { maxLength: 4 }))
	.map(([columns, rows]) =>
		writeTable(
			columns,
			rows.map((cells) => Object.fromEntries(columns.map((c, j) => [c, cells[j]]))),
		),
	);

describe('canonical agrees with writeTable', () => {
	it('on messy hand-made files', () => {
		fc.assert(
			fc.property(messyText, (text) => agreesWithWriter(text)),
			{ numRuns: 3000 },
		);
	});

	it('on writeTable output and single-character edits of it', () => {
		const edit = fc.tuple(canonicalText, fc.nat(), fc.constantFrom('', ' ', '"', ',', '\n', '\r', 'a', ';'));
		fc.assert(
			fc.property(edit, ([text, at, insert]) => {
				const i = at % (text.length + 1);
				agreesWithWriter(text);
				agreesWithWriter(text.slice(0, i) + insert + text.slice(i));
				agreesWithWriter(text.slice(0, i) + text.slice(i + 1));
			}),
			{ numRuns: 3000 },
		);
	});
});
