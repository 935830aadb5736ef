import { describe, expect, it } from 'vitest';
import { cite } from '../../../src/policies/cite.ts';
import { loadPresets } from '../../../src/policies/presets.ts';
import { requirementsOf } from './requirements.ts';

const presets = loadPresets();

describe('cite', () => {
	it.each([
		['altai-2020-133', 'p-6', 'п. 6 постановления Правительства Алтайского края от 27.03.2020 № 133'],
		['khasyn-undated', 's2-p2', 'разд. II, п. 2 порядка Администрации Хасынского муниципального округа (без даты и номера)'],
		[
			'lyambir-2020-224',
			's3-p14',
			'п. 14 (в тексте — «6.») постановления Администрации Лямбирского муниципального района от 17.03.2020 № 224',
		],
		['zhatai-2020', 'decree-p-2', 'п. 2 распорядительной части постановления Окружной Администрации ГО «Жатай» (без даты и номера)'],
		// composite policy: the label names its own act
		['federal-baseline', 'fz8-art10-p1-3', 'ч. 1.3 ст. 10 Федерального закона от 09.02.2009 № 8-ФЗ'],
		['federal-baseline', 'r2523', 'распоряжение Правительства Российской Федерации от 02.09.2022 № 2523-р'],
	])('%s %s', (id, clause, expected) => {
		expect(cite(presets.get(id)!, clause)).toBe(expected);
	});

	it('throws on an unknown clause', () => {
		expect(() => cite(presets.get('altai-2020-133')!, 'p-99')).toThrow(/p-99/);
	});

	it('single-act labels never look like complete citations; composite ones always do', () => {
		for (const policy of presets.values()) {
			for (const { clause } of requirementsOf(policy)) {
				const citation = cite(policy, clause);
				if (policy.id === 'federal-baseline') expect(citation).not.toContain(policy.shortTitle);
				else expect(citation.endsWith(` ${policy.shortTitle}`)).toBe(true);
			}
		}
	});
});
