/** `npm run import` with a workbook, end to end: exit codes, the report, all or nothing on disk. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from '../../cli/run-cli.ts';

async function book(path: string, rows: unknown[][]): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Статистика');
	for (const row of rows) sheet.addRow(row);
	writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('npm run import -- FILE.xlsx', () => {
	it('writes the rows and says which sheet it read', async () => {
		const tree = copyFixture('valid');
		const file = join(tree, 'стат.xlsx');
		await book(file, [
			['Аккаунт', 'Неделя с', 'Публикаций'],
			['test-admin-vk', new Date(Date.UTC(2026, 6, 6)), 11],
		]);
		const { code, stdout } = runCli('import', [file, '--data', tree]);
		expect(code).toBe(0);
		expect(stdout).toMatch(/стат\.xlsx \[лист «Статистика»\] — статистика, 1 строка/);
		expect(readFileSync(join(tree, 'orgs/test-admin/stats/2026-q3.csv'), 'utf8')).toContain('test-admin-vk,2026-07-06,11,1000\n');
	}, 30_000);

	it('exits 1 with located errors and writes nothing', async () => {
		const tree = copyFixture('valid');
		const file = join(tree, 'стат.xlsx');
		const before = readFileSync(join(tree, 'orgs/test-admin/stats/2026-q3.csv'), 'utf8');
		await book(file, [
			['Аккаунт', 'Неделя с', 'Публикаций'],
			['test-admin-vk', new Date(Date.UTC(2026, 6, 6)), 11],
			['test-admin-ok', new Date(Date.UTC(2026, 6, 6)), '2,5'],
		]);
		const { code, stdout } = runCli('import', [file, '--data', tree]);
		expect(code).toBe(1);
		expect(stdout).toContain(
			'стат.xlsx [лист «Статистика»] строка 3:\n  столбец «Публикаций»: ожидалось целое число, а не «2,5»: впишите целое число, например 12\n',
		);
		expect(stdout).toContain('ничего не записано');
		expect(readFileSync(join(tree, 'orgs/test-admin/stats/2026-q3.csv'), 'utf8')).toBe(before);
	}, 30_000);
});
