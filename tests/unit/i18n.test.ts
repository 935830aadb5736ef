import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, t } from '../../src/i18n/index.ts';

describe('t', () => {
	it('returns a string without placeholders as it is', () => {
		expect(t('site.demoBanner')).toMatch(/^Демонстрационные данные/);
	});

	it('fills every placeholder, numbers included', () => {
		expect(t('stats.of', { part: 3, whole: '12' })).toBe('3 из 12');
		expect(t('stats.quarterLabel', { roman: 'III', year: 2026 })).toBe('III квартал 2026\u00a0г.');
	});

	it('keeps a placeholder it has no value for, so the gap shows instead of a silent blank', () => {
		expect(t('stats.of', { part: 3 })).toBe('3 из {whole}');
	});

	it('gives the same text on repeated calls with other data (templates are compiled once)', () => {
		expect(t('stats.of', { part: 1, whole: 2 })).toBe('1 из 2');
		expect(t('stats.of', { part: 5, whole: 9 })).toBe('5 из 9');
	});

	it('fails on an unknown key rather than showing it', () => {
		expect(() => t('no.such.key')).toThrow(/нет строки «no\.such\.key»/);
	});

	it('merges every dictionary file in src/i18n/ru/ (they are imported by name, not by a glob)', () => {
		const files = readdirSync(new URL('../../src/i18n/ru/', import.meta.url)).filter((name) => name.endsWith('.json'));
		expect(
			Object.keys(DICTIONARIES)
				.map((name) => `${name}.json`)
				.sort(),
		).toEqual(files.sort());
	});
});
