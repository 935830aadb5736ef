import rule from '../../src/rules/reply-deadlines.ts';
import { COMPLIANCE, ORG, orgEdit, REPLIES, ruleTester } from './rule-tester.ts';

const HEADER = ['message_id', 'account', 'received', 'routed', 'draft_ready', 'returned', 'resubmitted', 'approved', 'published'] as const;
type Event = (typeof HEADER)[number];
type Message = Partial<Record<Event, string>>;

/** `HH:MM` on 07.07.2026 Moscow time, or a full timestamp as given. */
const at = (time: string) => (time.length === 5 ? `2026-07-07T${time}+03:00` : time);

function row(message: Message): string[] {
	return HEADER.map((key) => {
		const value = message[key];
		if (value === undefined) return key === 'message_id' ? '1' : key === 'account' ? 'test-admin-vk' : '';
		return key === 'message_id' || key === 'account' ? value : at(value);
	});
}

/** A reply log with the full header. */
const log = (...messages: Message[]) => `${[HEADER.join(','), ...messages.map((m) => row(m).join(','))].join('\n')}\n`;

/** 1-based column of `event` in the row written for `message`. */
const columnOf = (message: Message, event: Event) => {
	const cells = row(message);
	return cells.slice(0, HEADER.indexOf(event)).reduce((sum, cell) => sum + cell.length + 1, 1);
};

const LYAMBIR = orgEdit({ policies: ['federal-baseline', 'lyambir-2020-224'] });
/** Answered in time at every stage, without rework. */
const ON_TIME: Message = { received: '09:00', routed: '10:00', draft_ready: '15:00', approved: '15:30', published: '16:00' };
const LATE_ROUTING: Message = { ...ON_TIME, routed: '12:00' };

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: Khasyn sets no reply deadlines' },
		{ name: 'Khasyn: routing took 3 h, no deadline to miss', edits: { [REPLIES]: log(LATE_ROUTING) } },
		{ name: 'Lyambir: every stage in time', edits: { [ORG]: LYAMBIR, [REPLIES]: log(ON_TIME) } },
		{ name: 'Lyambir: routing took exactly 2 h', edits: { [ORG]: LYAMBIR, [REPLIES]: log({ ...ON_TIME, routed: '11:00' }) } },
		{ name: 'Lyambir: a stage not finished yet', edits: { [ORG]: LYAMBIR, [REPLIES]: log({ received: '09:00' }) } },
		{
			name: 'Lyambir: rework in time',
			edits: {
				[ORG]: LYAMBIR,
				[REPLIES]: log({
					received: '09:00',
					routed: '10:00',
					draft_ready: '15:00',
					returned: '15:30',
					resubmitted: '16:15',
					published: '17:00',
				}),
			},
		},
		{
			// The approval stage ends with the first of approved/returned to happen, not the first listed:
			// returned after 30 min, reworked, approved at 16:30 is not an approval that took 1,5 h.
			name: 'Lyambir: returned, reworked, then approved',
			edits: {
				[ORG]: LYAMBIR,
				[REPLIES]: log({
					received: '09:00',
					routed: '10:00',
					draft_ready: '15:00',
					returned: '15:30',
					resubmitted: '16:00',
					approved: '16:30',
					published: '16:45',
				}),
			},
		},
		{
			name: 'timestamps in different time zones are compared as moments',
			edits: { [ORG]: LYAMBIR, [REPLIES]: log({ ...ON_TIME, routed: '2026-07-07T08:30+02:00' }) },
		},
		{
			name: 'a message received the day before Lyambir came into force',
			edits: {
				[ORG]: LYAMBIR,
				'orgs/test-admin/replies/2020-q1.csv': log({ received: '2020-03-16T09:00+03:00', routed: '2020-03-16T14:00+03:00' }),
			},
		},
	],
	invalid: [
		{
			name: 'Lyambir: routing took 3 h (limit 2 h)',
			edits: { [ORG]: LYAMBIR, [REPLIES]: log(LATE_ROUTING) },
			errors: [
				{
					messageId: 'late',
					severity: 'error',
					file: REPLIES,
					line: 2,
					column: columnOf(LATE_ROUTING, 'routed'),
					header: 'routed',
					data: { message: '1', stage: 'Направление сообщения исполнителю', took: '3,0', limit: 2 },
					citation: { policy: 'lyambir-2020-224', clause: 's3-p11' },
					messageIncludes: ['п. 11 постановления Администрации Лямбирского муниципального района от 17.03.2020 № 224'],
				},
			],
		},
		{
			name: 'drafting took 12 h (limit 8 h)',
			edits: { [ORG]: LYAMBIR, [REPLIES]: log({ ...ON_TIME, draft_ready: '22:00', approved: '22:30', published: '23:00' }) },
			errors: [
				{
					messageId: 'late',
					header: 'draft_ready',
					data: { stage: 'Подготовка проекта комментария', took: '12', limit: 8 },
					citation: { clause: 's3-p12' },
				},
			],
		},
		{
			name: 'returned for rework after 1.5 h (approval limit 1 h)',
			edits: {
				[ORG]: LYAMBIR,
				[REPLIES]: log({
					received: '09:00',
					routed: '10:00',
					draft_ready: '15:00',
					returned: '16:30',
					resubmitted: '17:00',
					published: '17:30',
				}),
			},
			errors: [
				{
					messageId: 'late',
					header: 'returned',
					data: { stage: 'Согласование проекта или возврат на доработку', took: '1,5', limit: 1 },
					citation: { clause: 's3-p13' },
				},
			],
		},
		{
			name: 'rework took 1.5 h (limit 1 h)',
			edits: {
				[ORG]: LYAMBIR,
				[REPLIES]: log({
					received: '09:00',
					routed: '10:00',
					draft_ready: '15:00',
					returned: '15:30',
					resubmitted: '17:00',
					published: '17:30',
				}),
			},
			errors: [
				{
					messageId: 'late',
					header: 'resubmitted',
					data: { stage: 'Доработка проекта', took: '1,5', limit: 1 },
					citation: { clause: 's3-p13-a2' },
				},
			],
		},
		{
			name: 'the reworked draft published after 2 h (limit 1 h)',
			edits: {
				[ORG]: LYAMBIR,
				[REPLIES]: log({
					received: '09:00',
					routed: '10:00',
					draft_ready: '15:00',
					returned: '15:30',
					resubmitted: '16:00',
					published: '18:00',
				}),
			},
			errors: [
				{
					messageId: 'late',
					header: 'published',
					data: { stage: 'Согласование доработанного проекта и публикация', took: '2,0' },
					citation: { clause: 's3-p14' },
				},
			],
		},
		{
			name: 'two late messages, in line order',
			edits: {
				[ORG]: LYAMBIR,
				[REPLIES]: log(
					{ ...LATE_ROUTING, message_id: '1' },
					{ ...ON_TIME, message_id: '2', draft_ready: '20:00', approved: '20:30', published: '21:00' },
				),
			},
			errors: [
				{ messageId: 'late', line: 2, data: { message: '1' } },
				{ messageId: 'late', line: 3, data: { message: '2', took: '10' } },
			],
		},
		{
			name: 'on the day Lyambir came into force',
			edits: {
				[ORG]: LYAMBIR,
				'orgs/test-admin/replies/2020-q1.csv': log({ received: '2020-03-17T09:00+03:00', routed: '2020-03-17T14:00+03:00' }),
			},
			errors: [{ messageId: 'late', file: 'orgs/test-admin/replies/2020-q1.csv', data: { took: '5,0' } }],
		},
		{
			name: 'compliance.yaml severity warn',
			edits: { [ORG]: LYAMBIR, [REPLIES]: log(LATE_ROUTING), [COMPLIANCE]: 'rules:\n  reply-deadlines: { severity: warn }\n' },
			errors: [{ messageId: 'late', severity: 'warn' }],
		},
	],
});
