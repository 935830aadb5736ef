/**
 * The findings a period digest carries (src/engine/period-findings.ts), on the demo data: what the
 * check judges, requirement by requirement, with the figure and the clause the site publishes.
 */
import { describe, expect, it } from 'vitest';
import { datasetFindingOptions, periodFindings, type PeriodFinding } from '../../../src/engine/period-findings.ts';
import { loadPublicData } from '../../../src/handoff/public-data.ts';
import { eachPeriod } from '../../../src/loaders/periods.ts';

const { dataset, series } = loadPublicData('data');
const periods = [...eachPeriod(dataset, series)];
const period = (org: string) => periods.find((p) => p.org.value.id === org && p.year === 2026 && p.quarter === 3)!;
const options = datasetFindingOptions(dataset);
const findings = (org: string, today = options.today) => periodFindings(dataset, period(org), { ...options, today });
const of = (list: PeriodFinding[], requirement: PeriodFinding['requirement']) => list.filter((f) => f.requirement === requirement);

describe('period findings', () => {
	it('are judged on the demo date with the default options', () => {
		expect(options).toEqual({ today: '2026-10-05', regularMinimum: 1, dormantWeeks: 4 });
	});

	it('flag the demo dormant body: five silent weeks, under the recommended minimum that cites п. 5', () => {
		const list = findings('ivanteevka-admin');
		expect(of(list, 'dormant')).toEqual([
			{
				requirement: 'dormant',
				rule: 'weekly-minimum',
				subject: null,
				status: 'missed',
				level: 'recommended',
				policy: 'ivanteevka-2020-135',
				clause: 'p-5',
				part: 5,
				whole: 13,
				limit: 4,
				from: '2026-07-20',
				to: '2026-08-17',
			},
		]);
		expect(of(list, 'weeklyMinimum').map((f) => [f.subject, f.status, f.part, f.whole, f.limit])).toEqual([
			['ivanteevka-admin-ok', 'missed', 0, 13, 10],
			['ivanteevka-admin-vk', 'missed', 0, 13, 10],
		]);
	});

	it('judge only weeks ended by the check date: mid-August the silence is three weeks old, not yet dormant', () => {
		const [dormant] = of(findings('ivanteevka-admin', '2026-08-12'), 'dormant');
		expect(dormant).toMatchObject({ status: 'met', part: 3, whole: 5 });
	});

	it('show a body that met every weekly minimum as met, with the clause', () => {
		const weekly = of(findings('primer-admin'), 'weeklyMinimum');
		expect(weekly.length).toBeGreaterThan(3);
		for (const f of weekly)
			expect(f).toMatchObject({ status: 'met', level: 'required', policy: 'khasyn-undated', clause: 's2-p2', part: 13, whole: 13 });
		expect(of(findings('primer-admin'), 'dormant')).toMatchObject([{ status: 'met', part: 0 }]);
	});

	it('carry each reply deadline with its clause, and a content plan where the act asks for one', () => {
		const list = findings('lyambir-admin');
		const replies = of(list, 'replyDeadline');
		expect(replies.map((f) => f.clause)).toEqual(['s3-p11', 's3-p12', 's3-p13', 's3-p13-a2', 's3-p14']);
		expect(replies[0]).toMatchObject({ status: 'met', part: 30, whole: 30, limit: 2, subject: 'Направление сообщения исполнителю' });
		expect(of(list, 'contentPlan')).toMatchObject([{ status: 'met', policy: 'lyambir-2020-224', clause: 's1-p5' }]);
	});

	it('say not applicable where no act sets the requirement', () => {
		expect(of(findings('zhatai-admin'), 'contentPlan')).toMatchObject([{ status: 'notApplicable', clause: null }]);
		expect(of(findings('primer-admin'), 'replyDeadline')).toMatchObject([{ status: 'notApplicable', clause: null }]);
	});
});
