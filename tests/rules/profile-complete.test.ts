import rule from '../../src/rules/profile-complete.ts';
import { chain, OK, ORG, orgEdit, replace, ruleTester, VK } from './rule-tester.ts';

const noWebsite = replace('website: https://test-rayon.example\n', '');

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: every element shown' },
		{
			// Khasyn разд. II п. 1.1: the website «при наличии» — only if the organisation has one.
			name: 'no website on the page when the organisation has none',
			edits: { [ORG]: noWebsite, [VK]: replace('  website: true', '  website: false'), [OK]: replace('  website: true\n', '') },
		},
		{
			name: 'a suspended page is not checked',
			edits: { [VK]: chain(replace('status: active', 'status: suspended'), replace('  address: true', '  address: false')) },
		},
		{
			name: 'Ivanteevka asks only for description and design',
			edits: {
				[ORG]: orgEdit({ policies: ['ivanteevka-2020-135'] }),
				[VK]: replace(/ {2}(address|geolocation|email|phones|website|official-status): true\n/g, ''),
			},
		},
		{
			name: 'federal-baseline sets no profile elements',
			edits: { [ORG]: orgEdit({ policies: ['federal-baseline'] }), [VK]: replace(/profile:\n( {2}.*\n)+/, 'profile: {}\n') },
		},
	],
	invalid: [
		{
			name: 'an element marked false: points at it',
			edits: { [VK]: replace('  address: true', '  address: false') },
			errors: [
				{
					messageId: 'missing',
					severity: 'error',
					file: VK,
					line: 14,
					column: 12,
					data: { element: 'адрес', key: 'address' },
					citation: { policy: 'khasyn-undated', clause: 's2-p1-1' },
					messageIncludes: ['profile.address: true', 'разд. II, п. 1.1'],
				},
			],
		},
		{
			name: 'an element left out: points at the profile',
			edits: { [OK]: replace('  phones: true\n', '') },
			errors: [{ messageId: 'missing', file: OK, line: 11, column: 3, data: { key: 'phones', element: 'телефоны справочных служб' } }],
		},
		{
			name: 'the website, when the organisation has one',
			edits: { [VK]: replace('  website: true', '  website: false') },
			errors: [{ messageId: 'missing', data: { key: 'website', element: 'официальный сайт' } }],
		},
		{
			name: 'official-status under zhatai-2020',
			edits: { [ORG]: orgEdit({ policies: ['zhatai-2020'] }), [VK]: replace('  official-status: true', '  official-status: false') },
			errors: [
				{
					messageId: 'missing',
					file: VK,
					line: 11,
					data: { key: 'official-status', element: 'указание на официальный статус' },
					citation: { policy: 'zhatai-2020', clause: 'p-3-5' },
				},
			],
		},
		{
			name: 'several elements, in file order',
			edits: { [VK]: chain(replace('  description: true', '  description: false'), replace('  phones: true', '  phones: false')) },
			errors: [
				{ messageId: 'missing', line: 12, data: { key: 'description' }, citation: { clause: 's2-p4' } },
				{ messageId: 'missing', line: 17, data: { key: 'phones' }, citation: { clause: 's2-p1-1' } },
			],
		},
		{
			name: 'an element two acts require is reported once',
			edits: {
				[ORG]: orgEdit({ policies: ['federal-baseline', 'khasyn-undated', 'ivanteevka-2020-135'] }),
				[VK]: replace('  design: true', '  design: false'),
			},
			errors: [{ messageId: 'missing', data: { key: 'design' }, citation: { policy: 'khasyn-undated' } }],
		},
	],
});
