import { describe, expect, it } from 'vitest';
import { percentile, summarisePeriod } from '../../../src/engine/period-summary.ts';
import { loadPublicData } from '../../../src/handoff/public-data.ts';
import { eachPeriod } from '../../../src/loaders/periods.ts';

describe('percentile (nearest rank)', () => {
	it.each([
		[[], 50, null],
		[[5], 90, 5],
		[[1, 2, 3, 4], 50, 2],
		[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
		[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 100, 10],
	])('%j at p%i is %j', (values, p, expected) => {
		expect(percentile(values, p)).toBe(expected);
	});
});

describe('summarisePeriod on the valid fixture', () => {
	const { dataset, series } = loadPublicData('tests/fixtures/valid');
	const [period] = [...eachPeriod(dataset, series)];
	const summary = summarisePeriod(dataset, period!);

	it('covers the 13 weeks of 2026-Q3', () => {
		expect(summary.weeks).toHaveLength(13);
		expect(summary.weeks[0]).toBe('2026-07-06');
	});

	it('compares posts with the Khasyn minimum of 3 (required)', () => {
		const vk = summary.accounts.find((a) => a.account === 'test-admin-vk')!;
		expect(vk.posts.every((p) => p === 4)).toBe(true);
		expect(vk.minimum.every((m) => m === 3)).toBe(true);
		expect(vk.basis).toEqual({ policy: 'khasyn-undated', clause: 's2-p2', level: 'required' });
		expect({ due: vk.weeksDue, met: vk.weeksMet }).toEqual({ due: 13, met: 13 });
	});

	it('measures reply stages without a limit when no act sets deadlines', () => {
		expect(summary.replies.map((s) => [s.stage, s.count, s.medianHours, s.limitHours])).toEqual([
			['routing', 1, 1, null],
			['drafting', 1, 5, null],
			['approval', 1, 0.5, null],
			['publication', 1, 0.5, null],
		]);
	});

	it('counts planned publications by format', () => {
		expect(summary.plannedByFormat).toEqual({ photo: 52, text: 52 });
	});
});
