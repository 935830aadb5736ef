import rule from '../../src/rules/review-age.ts';
import { chain, COMPLIANCE, OK, ORG, orgEdit, replace, ruleTester, VK } from './rule-tester.ts';

const reviewed = (date: string | null) => replace('reviewed: 2026-09-01\n', date === null ? '' : `reviewed: ${date}\n`);

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: reviewed a month ago' },
		{ name: 'reviewed exactly 365 days ago', edits: { [VK]: reviewed('2025-10-05') } },
		{
			name: 'a closed page needs no review',
			edits: {
				[VK]: chain(reviewed(null), replace('status: active', 'status: closed\nclosed: { date: 2026-01-10, reason: страница закрыта }')),
			},
		},
		{
			name: 'option months: 24',
			edits: { [VK]: reviewed('2025-01-01'), [COMPLIANCE]: 'rules:\n  review-age: { options: { months: 24 } }\n' },
		},
	],
	invalid: [
		{
			name: 'reviewed more than 12 months ago',
			edits: { [VK]: reviewed('2025-09-01') },
			errors: [
				{
					messageId: 'stale',
					severity: 'warn',
					file: VK,
					line: 21,
					column: 11,
					data: { reviewed: '01.09.2025', months: 12 },
					citation: { policy: 'khasyn-undated', clause: 's1-p5-1' },
				},
			],
		},
		{
			name: 'never reviewed: points at the record',
			edits: { [OK]: reviewed(null) },
			errors: [{ messageId: 'never', severity: 'warn', file: OK, line: 1, column: 5 }],
		},
		{
			name: 'one day too old',
			edits: { [VK]: reviewed('2025-10-04') },
			errors: [{ messageId: 'stale', data: { reviewed: '04.10.2025' } }],
		},
		{
			name: 'option months: 6',
			edits: { [VK]: reviewed('2026-03-01'), [COMPLIANCE]: 'rules:\n  review-age: { options: { months: 6 } }\n' },
			errors: [{ messageId: 'stale', data: { months: 6, reviewed: '01.03.2026' }, messageIncludes: ['больше 6 мес.'] }],
		},
		{
			name: 'compliance.yaml severity error',
			edits: { [VK]: reviewed(null), [COMPLIANCE]: 'rules:\n  review-age: { severity: error }\n' },
			errors: [{ messageId: 'never', severity: 'error' }],
		},
		{
			// The registry duty is what makes «current» information a requirement; without an act that sets
			// it the finding is still given, as registry hygiene, with no citation.
			name: 'no act with a registry duty (federal-baseline only): reported without a citation',
			edits: { [ORG]: orgEdit({ policies: ['federal-baseline'] }), [VK]: reviewed('2024-01-01') },
			errors: [{ messageId: 'stale', absent: ['citation'] }],
		},
	],
});
