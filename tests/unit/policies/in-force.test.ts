import { describe, expect, it } from 'vitest';
import { networkRulesOn, policiesInForce } from '../../../src/policies/in-force.ts';
import { loadPresets } from '../../../src/policies/presets.ts';

const presets = loadPresets();
const all = [...presets.values()];
const federal = presets.get('federal-baseline')!;
const ids = (date: string) => policiesInForce(all, date).map((p) => p.id);
const rule = (date: string, network: string) => networkRulesOn(federal, date).find((r) => r.network === network);

describe('policiesInForce', () => {
	it('keeps altai-2020-133 through its last day, 2024-10-24', () => {
		expect(ids('2024-10-24')).toContain('altai-2020-133');
	});

	it('drops altai-2020-133 from 2024-10-25 (superseded by № 405)', () => {
		expect(ids('2024-10-25')).not.toContain('altai-2020-133');
	});

	it('does not apply an act before its effectiveFrom', () => {
		expect(ids('2020-03-26')).not.toContain('altai-2020-133');
		expect(ids('2020-03-27')).toContain('altai-2020-133');
		expect(ids('2022-11-30')).not.toContain('khasyn-undated');
		expect(ids('2022-12-01')).toContain('khasyn-undated');
	});

	it('rejects a malformed date', () => {
		expect(() => policiesInForce(all, '24.10.2024')).toThrow(RangeError);
	});
});

describe('networkRulesOn', () => {
	it('bans Facebook and Instagram from 2022-03-21, not before', () => {
		expect(rule('2022-03-21', 'fb')?.status).toBe('banned');
		expect(rule('2022-03-21', 'ig')?.status).toBe('banned');
		expect(rule('2022-03-20', 'fb')).toBeUndefined();
		expect(rule('2022-03-20', 'ig')).toBeUndefined();
	});

	it('requires VK and OK from 2022-12-01, not before', () => {
		expect(rule('2022-11-30', 'vk')).toBeUndefined();
		expect(rule('2022-12-01', 'vk')?.status).toBe('required');
		expect(rule('2022-12-01', 'ok')?.status).toBe('required');
	});

	it('rules without dates follow the policy period', () => {
		const ivanteevka = { ...presets.get('ivanteevka-2020-135')!, effectiveTo: '2021-12-31' };
		expect(networkRulesOn(ivanteevka, '2021-12-31')).toHaveLength(4);
		expect(networkRulesOn(ivanteevka, '2022-01-01')).toEqual([]);
		expect(networkRulesOn(ivanteevka, '2020-04-28')).toEqual([]);
	});
});
