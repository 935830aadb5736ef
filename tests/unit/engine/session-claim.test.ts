/**
 * Two threads take the quarterly tables from one counter (src/engine/session.ts, run.ts): every
 * group is checked exactly once, and the reports come out in group order whichever thread made them.
 */
import { describe, expect, it } from 'vitest';
import { claimFrom, inGroupOrder, inOrder, type Pending, type PeriodPending } from '../../../src/engine/session.ts';

const report = (file: string): Pending => ({ ruleId: 'weekly-minimum', file, messageId: 'm' });

describe('claiming groups', () => {
	it('hands out every index once, in order, to one thread', () => {
		const claim = inOrder();
		expect([claim(), claim(), claim()]).toEqual([0, 1, 2]);
	});

	it('hands each index of a shared counter to exactly one of its claimants', () => {
		const counter = new Int32Array(new SharedArrayBuffer(4));
		const [a, b] = [claimFrom(counter), claimFrom(counter)];
		const taken = [a(), b(), b(), a(), b()];
		expect(taken).toEqual([0, 1, 2, 3, 4]);
		expect(Atomics.load(counter, 0)).toBe(5);
	});

	it('orders the period reports by group, after the reports of loading, whichever session made them', () => {
		const main = {
			pending: [report('orgs/a/org.yaml')],
			periodPending: [
				[2, [report('g2')]],
				[0, [report('g0a'), report('g0b')]],
			] as PeriodPending[],
		};
		const worker = {
			pending: [report('orgs/b/org.yaml')],
			periodPending: [
				[1, [report('g1')]],
				[3, [report('g3')]],
			] as PeriodPending[],
		};
		expect(inGroupOrder([main, worker]).map((r) => r.file)).toEqual(['orgs/a/org.yaml', 'orgs/b/org.yaml', 'g0a', 'g0b', 'g1', 'g2', 'g3']);
	});
});
