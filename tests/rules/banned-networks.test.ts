import rule from '../../src/rules/banned-networks.ts';
import { accountYaml, COMPLIANCE, ORG, append, ruleTester } from './rule-tester.ts';

const IG = 'orgs/test-admin/accounts/test-admin-ig.yaml';
const FB = 'orgs/test-admin/accounts/test-admin-fb.yaml';
const CLOSED = 'closed: { date: 2022-03-21, reason: сеть заблокирована в России 21.03.2022 }';

const ig = (status = 'active', extra?: string) =>
	accountYaml({ id: 'test-admin-ig', network: 'ig', url: 'https://instagram.com/test_admin', status, ...(extra ? { extra } : {}) });
const fb = (status = 'active', extra?: string) =>
	accountYaml({
		id: 'test-admin-fb',
		network: 'fb',
		url: 'https://facebook.com/testadmin',
		status,
		opened: '2015-06-01',
		...(extra ? { extra } : {}),
	});

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: VK and OK only' },
		{ name: 'a closed Facebook page kept as a tombstone', edits: { [FB]: fb('closed', CLOSED) } },
		{ name: 'a planned Instagram page is not active', edits: { [IG]: ig('planned') } },
		{
			// The ban dates from 21.03.2022; federal-baseline is not in force the day before.
			name: 'an active Instagram page checked on 20.03.2022',
			edits: { [IG]: ig() },
			today: '2022-03-20',
		},
		{
			// Ivanteevka names fb and ig as allowed; without federal-baseline nothing bans them.
			name: 'an organisation under Ivanteevka only',
			edits: { [IG]: ig(), [ORG]: append('policies: [ivanteevka-2020-135]\n') },
		},
	],
	invalid: [
		{
			name: 'an active Instagram page → error citing federal-baseline',
			edits: { [IG]: ig() },
			errors: [
				{
					messageId: 'banned',
					severity: 'error',
					file: IG,
					line: 6,
					column: 9,
					data: { network: 'ig', from: '2022-03-21' },
					citation: { policy: 'federal-baseline', clause: 'meta-ban' },
					messageIncludes: ['Страница в сети Instagram значится', 'решение Тверского районного суда г. Москвы от 21.03.2022'],
				},
			],
		},
		{
			name: 'a suspended Facebook page is still not closed',
			edits: { [FB]: fb('suspended') },
			errors: [{ messageId: 'banned', file: FB, data: { network: 'fb' } }],
		},
		{ name: 'on the first day of the ban', edits: { [IG]: ig() }, today: '2022-03-21', errors: [{ messageId: 'banned', file: IG }] },
		{
			// Any act in force that bans the network is enough, whatever another act allows.
			name: 'Ivanteevka allows, federal-baseline bans',
			edits: { [IG]: ig(), [ORG]: append('policies: [federal-baseline, ivanteevka-2020-135]\n') },
			errors: [{ messageId: 'banned', citation: { policy: 'federal-baseline' } }],
		},
		{
			name: 'two banned pages, one finding each, in file order',
			edits: { [IG]: ig(), [FB]: fb() },
			errors: [
				{ messageId: 'banned', file: FB },
				{ messageId: 'banned', file: IG },
			],
		},
		{
			name: 'compliance.yaml may lower the severity',
			edits: { [IG]: ig(), [COMPLIANCE]: 'rules:\n  banned-networks: { severity: warn }\n' },
			errors: [{ messageId: 'banned', severity: 'warn' }],
		},
	],
});
