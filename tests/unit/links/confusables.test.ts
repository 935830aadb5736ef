import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutSubset, MODULE_PATH, renderModule, SUBSET_PATH } from '../../../src/cli/generate-confusables.ts';
import { UNICODE_VERSION } from '../../../src/lib/links/confusables-data.ts';
import { canonicalise, isConfusableName, skeleton } from '../../../src/lib/links/index.ts';

const SUBSET = readFileSync(SUBSET_PATH, 'utf8');

/** Read here on its own, not with the generator's parser, so a parser bug cannot hide itself. */
function rowsOf(text: string): { source: string; prototype: string; line: string }[] {
	const rows: { source: string; prototype: string; line: string }[] = [];
	for (const line of text.split('\n')) {
		if (line.startsWith('#') || line.trim() === '') continue;
		const [source = '', prototype = ''] = line.split(';').map((field) => field.trim());
		const chars = (hex: string) => String.fromCodePoint(...hex.split(/\s+/).map((h) => Number.parseInt(h, 16)));
		rows.push({ source: chars(source), prototype: chars(prototype), line });
	}
	return rows;
}

const ROWS = rowsOf(SUBSET);

describe('the Unicode confusables table', () => {
	it('is Unicode 15.0.0, every row mapping to ASCII letters and digits', () => {
		expect(SUBSET).toMatch(/^# Version: 15\.0\.0$/m);
		expect(SUBSET).toMatch(/^# © 2022 Unicode®, Inc\.$/m);
		expect(UNICODE_VERSION).toBe('15.0.0');
		// Unicode 15.0.0 has 1,454 such rows, 5 of them with an ASCII source ('m' → 'rn', '0' → 'O').
		expect(ROWS).toHaveLength(1454);
		for (const { prototype, line } of ROWS) expect(prototype, line).toMatch(/^[A-Za-z0-9]+$/);
		expect(cutSubset(SUBSET)).toBe(SUBSET);
	});

	it('folds every character it maps to ASCII to the skeleton of its prototype', () => {
		const missed = ROWS.filter(({ source, prototype }) => skeleton(source) !== skeleton(prototype)).map(({ line }) => line);
		expect(missed.slice(0, 20)).toEqual([]);
		// Inside a host too, where the rest of the text must not change how the character folds.
		const inHost = ROWS.filter(({ source, prototype }) => skeleton(`vk${source}.com`) !== skeleton(`vk${prototype}.com`));
		expect(inHost.map(({ line }) => line).slice(0, 20)).toEqual([]);
	});

	it.each([
		['г', 'r'],
		['б', '6'],
		['օ', 'o'],
		['ս', 'u'],
		['ց', 'g'],
		['ϲ', 'c'],
		['Ϲ', 'c'],
	])('folds %s to %s', (ch, ascii) => {
		expect(skeleton(ch)).toBe(ascii);
		expect(skeleton(`vk.${ch}om`)).toBe(skeleton(`vk.${ascii}om`));
	});

	it('folds a lunate sigma before NFKC turns it into another letter', () => {
		// NFKC makes 'ϲ' the final sigma 'ς' and 'Ϲ' the capital 'Σ': neither is drawn as 'c'.
		expect('ϲϹ'.normalize('NFKC')).toBe('ςΣ');
		expect(skeleton('ϲoϲo')).toBe('coco');
		expect(canonicalise('https://vk.ϲom/durov')).toMatchObject({ kind: 'lookalike', network: 'vk' });
	});

	it('is case-insensitive for the Cyrillic letters it maps', () => {
		expect(skeleton('ГОРА')).toBe(skeleton('гора'));
		expect(skeleton('МОСКВА')).toBe(skeleton('москва'));
		expect(skeleton('Б')).toBe('6');
	});
});

describe('a name written wholly in letters drawn as ASCII', () => {
	it.each(['сосо', 'гора', 'ГОРА', 'Гора', 'МОСКВА', 'օս', 'ϲоϲо'])('%s imitates a Latin name', (name) => {
		expect(isConfusableName(name)).toBe(true);
	});

	// Lowercase 'к', 'м', 'н', 'т', 'в' look like small capitals, not like 'k', 'm', 'h', 't', 'b'.
	it.each(['привет', 'москва', 'Москва', 'кот', 'банк', 'минтруд'])('%s is an ordinary word, no look-alike', (name) => {
		expect(isConfusableName(name)).toBe(false);
	});

	it('is judged the same as its lowercase id', () => {
		for (const { source } of ROWS) {
			if (isConfusableName(source.toLowerCase())) expect(isConfusableName(source), source).toBe(true);
		}
	});
});

describe('the generated module', () => {
	it('is what the generator writes from the table, so nobody edits it by hand', () => {
		expect(readFileSync(MODULE_PATH, 'utf8')).toBe(renderModule(SUBSET));
	});
});
