/**
 * A finding about a column of a committed table names it as the file does (`posts`) and as the
 * clerk's spreadsheet does («Публикаций»), in the terminal and in the merge-request comment.
 */
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../src/engine/reporters/index.ts';
import type { ReportInput } from '../../../src/engine/reporters/summary.ts';
import type { Finding } from '../../../src/engine/types.ts';
import { spreadsheetTitle, TABLE_COLUMNS } from '../../../src/schemas/column-titles.ts';

const finding = (header: string): Finding => ({
	file: 'data/orgs/primer-admin/stats/2026-q3.csv',
	line: 2,
	column: 28,
	header,
	ruleId: 'schema-valid',
	severity: 'error',
	message: 'Неверные данные: ожидалось целое неотрицательное число.',
	messageId: 'invalid',
	data: {},
});
const input = (f: Finding): ReportInput => ({
	findings: [f],
	counts: { files: 1, orgs: 1, accounts: 1, rows: 1 },
	today: '2026-10-05',
	strict: false,
});

describe('the column of a finding', () => {
	it.each(['stylish', 'markdown'] as const)('%s names a canonical column and its spreadsheet title', (format) => {
		expect(FORMATS[format](input(finding('posts')))).toContain('[столбец «posts»; в таблице Excel — «Публикаций»]');
	});

	it('names a column the file already titles in Russian once', () => {
		const out = FORMATS.stylish(input(finding('Публикаций')));
		expect(out).toContain('[столбец «Публикаций»]');
		expect(out).not.toContain('в таблице Excel');
	});

	it('gives a canonical name one title in every table', () => {
		const titles = new Map<string, Set<string>>();
		for (const table of TABLE_COLUMNS) {
			for (const [name, spec] of Object.entries(table)) titles.set(name, (titles.get(name) ?? new Set()).add(spec.aliases[0]!));
		}
		for (const [name, seen] of titles) expect([...seen], name).toHaveLength(1);
		expect(spreadsheetTitle('account')).toBe('Аккаунт');
		expect(spreadsheetTitle('week_start')).toBe('Неделя с');
		expect(spreadsheetTitle('no_such_column')).toBeUndefined();
	});
});
