/** Every code a verdict can carry has Russian text in src/i18n/ru/check.json. */
import { describe, expect, it } from 'vitest';
import strings from '../../../src/i18n/ru/check.json' with { type: 'json' };
import { NETWORKS, REASONS } from '../../../src/lib/links/index.ts';

const dictionary: Record<string, string> = strings;

describe('check.json', () => {
	it.each(REASONS.map((r) => [r]))('explains reason %s', (reason) => {
		expect(dictionary[`check.reason.${reason}`]).toBeTruthy();
	});

	it.each(NETWORKS.map((n) => [n]))('names network %s', (network) => {
		expect(dictionary[`check.network.${network}`]).toBeTruthy();
	});

	it.each(['same-address', 'same-skeleton', 'one-edit', 'misspelt-numeric-form'].map((s) => [s]))('explains similarity %s', (kind) => {
		expect(dictionary[`check.candidate.${kind}`]).toBeTruthy();
	});

	it('quotes the issue\u2019s wording for unknown pages and shorteners', () => {
		expect(dictionary['check.unknown.body']).toContain('не значится в реестре; это не значит, что страница поддельная, но и официальной она не является');
		expect(dictionary['check.reason.shortener']).toBe('Это сокращённая ссылка: мы не переходим по ним, откройте её и вставьте полученный адрес.');
	});
});
