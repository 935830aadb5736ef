import { it } from 'vitest';
import rule from '../../src/rules/csv-canonical-form.ts';
import { encodeCp1251 } from '../unit/csv/cp1251.ts';
import { checkInvalid, COMPLIANCE, fixture, PLANS, replace, ruleTester, STATS } from './rule-tester.ts';

const RUSSIAN_PLAN_HEADER = 'Дата,Аккаунт,Сеть,Тема,Формат,Статус';

ruleTester(rule, {
	valid: [
		{ name: 'the fixture: canonical files' },
		{
			name: 'a cell quoted because it holds a comma',
			edits: { [PLANS]: replace('2026-07-06,,vk,Новости района 1,', '2026-07-06,,vk,"Новости района, часть 1",') },
		},
		{ name: 'a header-only file', edits: { [STATS]: 'account,week_start,posts,views\n' } },
		{
			name: 'compliance.yaml severity off',
			edits: { [STATS]: (t) => t.replaceAll(',', ';'), [COMPLIANCE]: 'rules:\n  csv-canonical-form: { severity: off }\n' },
		},
	],
	invalid: [
		{
			name: 'a «;»-separated file',
			edits: { [STATS]: (t) => t.replaceAll(',', ';') },
			errors: [
				{
					messageId: 'form',
					severity: 'warn',
					file: STATS,
					line: 1,
					column: 1,
					data: { reasons: 'разделитель «;»', file: STATS },
					messageIncludes: [`npm run import -- ${STATS}`],
				},
			],
		},
		{
			name: 'a Windows-1251 file with Russian headers (an Excel export)',
			edits: { [PLANS]: encodeCp1251(fixture(PLANS).replace('date,account,network,topic,format,status', RUSSIAN_PLAN_HEADER)) },
			errors: [{ messageId: 'form', file: PLANS, messageIncludes: ['кодировка Windows-1251', 'русские заголовки'] }],
		},
		{
			name: 'CRLF line endings',
			edits: { [STATS]: (t) => t.replaceAll('\n', '\r\n') },
			errors: [{ messageId: 'form', file: STATS, data: { reasons: 'окончания строк CRLF' } }],
		},
		{
			name: 'dates as DD.MM.YYYY',
			edits: { [PLANS]: replace('2026-07-06,,vk,Новости района 1,', '06.07.2026,,vk,Новости района 1,') },
			errors: [{ messageId: 'form', file: PLANS, data: { reasons: 'даты в формате ДД.ММ.ГГГГ' } }],
		},
		{
			name: 'no newline at the end of the file',
			edits: { [STATS]: (t) => t.trimEnd() },
			errors: [{ messageId: 'form', file: STATS, data: { reasons: 'нет перевода строки в конце файла' } }],
		},
		{
			name: 'several files, each reported once',
			edits: { [STATS]: (t) => t.replaceAll('\n', '\r\n'), [PLANS]: (t) => t.replaceAll(',', ';') },
			errors: [
				{ messageId: 'form', file: PLANS },
				{ messageId: 'form', file: STATS },
			],
		},
		{
			name: 'compliance.yaml severity error',
			edits: { [STATS]: (t) => t.replaceAll(',', ';'), [COMPLIANCE]: 'rules:\n  csv-canonical-form: { severity: error }\n' },
			errors: [{ messageId: 'form', severity: 'error' }],
		},
	],
});

it('csv-canonical-form: a link in the account column is not canonical', () => {
	checkInvalid(rule, {
		name: 'link in account column',
		edits: { [STATS]: replace('test-admin-vk,2026-07-13,4,1000', 'https://vk.com/club1234567,2026-07-13,4,1000') },
		errors: [{ messageId: 'form', file: STATS }],
	});
});
