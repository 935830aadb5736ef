/**
 * Published CSV (writePublishedTable): a cell a spreadsheet would run as a formula is written with a
 * leading apostrophe (OWASP, «CSV Injection»); everything else is the canonical form writeTable
 * writes, and numbers stay numbers.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, writePublishedTable, writeTable } from '../../../src/lib/csv/index.ts';

const readBack = (text: string) => parse(text, { columns: true, relax_column_count: false }) as Record<string, string>[];

describe('neutraliseFormula', () => {
	it.each([
		['=HYPERLINK("https://example.com","Нажмите")', `'=HYPERLINK("https://example.com","Нажмите")`],
		["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
		['-2+3', `'-2+3`],
		['@SUM(1+1)', `'@SUM(1+1)`],
		['\t=1+1', `'\t=1+1`],
		['\r=1+1', `'\r=1+1`],
		['+74999921001', `'+74999921001`],
	])('%j → %j', (cell, written) => {
		expect(neutraliseFormula(cell)).toBe(written);
	});

	it.each(['Администрация района', 'a=b', ' =1', '2026-10-05', 'https://vk.com/x', "'уже с апострофом", ''])(
		'leaves %j as it is',
		(cell) => {
			expect(neutraliseFormula(cell)).toBe(cell);
		},
	);
});

describe('writePublishedTable', () => {
	const rows = [
		{ name: '=HYPERLINK("https://evil.example","x")', phone: '+74999921001', posts: 5, note: '-1', empty: undefined },
		{ name: 'Администрация', phone: '', posts: 0, note: '@x', empty: undefined },
	];

	it('reads back with the apostrophe in every formula-like text cell, numbers and plain text unchanged', () => {
		const back = readBack(writePublishedTable(['name', 'phone', 'posts', 'note', 'empty'], rows));
		expect(back).toEqual([
			{ name: `'=HYPERLINK("https://evil.example","x")`, phone: "'+74999921001", posts: '5', note: "'-1", empty: '' },
			{ name: 'Администрация', phone: '', posts: '0', note: "'@x", empty: '' },
		]);
	});

	it('quotes a neutralised cell only when it needs quotes, as writeTable does', () => {
		expect(writePublishedTable(['x'], [{ x: '=1,2' }])).toBe(`x\n"'=1,2"\n`);
		expect(writePublishedTable(['x'], [{ x: '\t=1' }])).toBe(`x\n'\t=1\n`);
		expect(writePublishedTable(['x'], [{ x: '-' }])).toBe(`x\n'-\n`);
	});

	it('writes exactly what writeTable writes when no cell looks like a formula', () => {
		const plain = [
			{ a: 'Тема, «кавычки»', b: 12, c: ' a' },
			{ a: 'x"y', b: undefined, c: 'z' },
		];
		expect(writePublishedTable(['a', 'b', 'c'], plain)).toBe(writeTable(['a', 'b', 'c'], plain));
	});

	it('leaves the data tree writer alone: writeTable keeps a cell as staff wrote it', () => {
		expect(writeTable(['x'], [{ x: '=1+1' }])).toBe('x\n=1+1\n');
	});
});
