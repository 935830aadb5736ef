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

	// Reasons the answer layer adds to the canonicaliser's, by the dictionary entry that explains each.
	it.each([
		['check.lookalike.similar-name'],
		['check.lookalike.impostor-affix'],
		['check.lookalike.misspelt-numeric-form'],
		['check.contact.title.website'],
		['check.contact.title.email'],
		['check.contact.title.phone'],
		['check.reason.empty'],
	])('has %s', (key) => {
		expect(dictionary[key]).toBeTruthy();
	});

	it('puts the verdict first, and tells a look-alike by the real page', () => {
		expect(dictionary['check.lookalike.title']).toBe('Это не официальная страница');
		expect(dictionary['check.lookalike.real']).toMatch(/^Официальная — \{page\}/);
		expect(dictionary['check.notRegistered.body']).toContain('Это не значит, что она поддельная, но официальной она не является');
	});

	it('never shows a citizen a network code or a canonical id', () => {
		for (const [key, text] of Object.entries(dictionary)) {
			expect(text, key).not.toMatch(/\b(?:vk|ok|tg|max|fb|ig):[a-z]|сеть «[a-z]+»/);
		}
	});
});
