/**
 * The merge-request pipeline's inbox job, end to end, in a real Git repository: a copy of the demo
 * data committed, a workbook uploaded into data/inbox/ (committed, as the Git host's web
 * interface does), then `npm run inbox -- --commit` as the job runs it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.ts';

const STATS = 'data/orgs/altai-government/stats/2026-q3.csv';
let repo: string;

function git(...args: string[]): string {
	const result = spawnSync('git', ['-c', 'user.name=clerk', '-c', 'user.email=clerk@localhost', '-c', 'core.quotePath=false', ...args], {
		cwd: repo,
		encoding: 'utf8',
	});
	if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
	return result.stdout;
}

/** `npm run inbox` as the CI job calls it, on the temporary repository's data. */
function inbox(...args: string[]) {
	const result = spawnSync('npm', ['run', '--silent', 'inbox', '--', '--data', join(repo, 'data'), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', DEBUG: '' },
	});
	return { code: result.status, stdout: result.stdout.replaceAll(relative(ROOT, repo), 'REPO'), stderr: result.stderr };
}

async function upload(name: string, rows: unknown[][]): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('Статистика');
	for (const row of rows) sheet.addRow(row);
	writeFileSync(join(repo, 'data/inbox', name), Buffer.from(await workbook.xlsx.writeBuffer()));
	git('add', '-A');
	git('commit', '-q', '-m', `Upload ${name}`);
}

const week = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeEach(() => {
	repo = mkdtempSync(join(tmpdir(), 'portal-inbox-repo-'));
	cpSync(join(ROOT, 'data'), join(repo, 'data'), { recursive: true });
	git('init', '-q', '-b', 'main');
	git('add', '-A');
	git('commit', '-q', '-m', 'Demo data');
});

describe('npm run inbox (the merge-request job)', () => {
	it('imports an uploaded workbook, removes it and commits exactly the rows it changes', async () => {
		const before = readFileSync(join(repo, STATS), 'utf8').split('\n');
		// Views of two weeks (posts as recorded: a statistics sheet always has them); the columns
		// the sheet does not have must stay as they are.
		await upload('Статистика июль.xlsx', [
			['Аккаунт', 'Неделя с', 'Публикаций', 'Просмотров'],
			['altai-government-vk', week('2026-07-06'), 9, 250000],
			['https://vk.com/demo_altai_gov', week('2026-07-13'), 8, 91641],
		]);
		const head = git('rev-parse', 'HEAD').trim();
		const summary = join(repo, 'inbox-summary.md');

		const run = inbox('--commit', '--summary', summary);
		expect(run.stderr).toBe('');
		// With the output, so that a failure says what the job printed.
		expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 0, stdout: expect.any(String) });
		expect(run.stdout).not.toContain('✖');
		expect(run.stdout).toContain('REPO/data/orgs/altai-government/stats/2026-q3.csv — добавлено 0, заменено 2, сохранено 37');
		expect(run.stdout).toContain('Удалены из папки REPO/data/inbox/: Статистика июль.xlsx.');

		// One new commit on top of the upload, by the job, marked so that its pipeline imports nothing.
		expect(git('rev-parse', 'HEAD~1').trim()).toBe(head);
		expect(git('log', '-1', '--format=%B')).toBe('Импорт таблиц из inbox/: Статистика июль.xlsx\n\nImported-by: npm run inbox\n\n');
		expect(git('show', '--name-status', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(
			[`D\tdata/inbox/Статистика июль.xlsx`, `M\t${STATS}`].sort(),
		);
		expect(existsSync(join(repo, 'data/inbox/Статистика июль.xlsx'))).toBe(false);
		expect(existsSync(join(repo, 'data/inbox/README.md'))).toBe(true);
		expect(git('status', '--porcelain', '--untracked-files=no')).toBe('');

		// Exactly two lines of the quarter file changed, each in its views cell only, in place.
		const after = readFileSync(join(repo, STATS), 'utf8').split('\n');
		expect(after).toHaveLength(before.length);
		const changed = after.flatMap((line, i) => (line === before[i] ? [] : [{ i, was: before[i]!, now: line }]));
		expect(changed.map((c) => c.was.split(',').slice(0, 2).join(','))).toEqual([
			'altai-government-vk,2026-07-06',
			'altai-government-vk,2026-07-13',
		]);
		for (const { was, now } of changed) {
			const [a, b] = [was.split(','), now.split(',')];
			expect(b.filter((cell, k) => cell !== a[k]).length).toBe(1);
			expect(b[12]).not.toBe(a[12]); // views
		}
		expect(changed.map((c) => c.now.split(',')[12])).toEqual(['250000', '91641']);
		expect(git('diff', '--numstat', 'HEAD~1', 'HEAD', '--', STATS)).toBe(`2\t2\t${STATS}\n`);

		expect(readFileSync(summary, 'utf8')).toContain('## Импорт таблиц из папки inbox/: ✅ импортировано');
		const check = runCli('check', ['--data', join(repo, 'data')]);
		expect(check.stdout).toContain('0 ошибок');
		expect(check.code).toBe(0);

		// The pipeline of the job's own commit finds the inbox empty and does nothing.
		const again = inbox('--commit');
		expect(again.code).toBe(0);
		expect(again.stdout).toBe('В папке REPO/data/inbox/ нет таблиц: импортировать нечего.\n');
		expect(git('rev-parse', 'HEAD~1').trim()).toBe(head);
	}, 120_000);

	it('fails with every error located by file, row and column header, and changes nothing', async () => {
		await upload('стат.xlsx', [
			['Аккаунт', 'Неделя с', 'Публикаций', 'Просмотров'],
			['altai-government-vk', week('2026-07-06'), { formula: '1/0', result: { error: '#DIV/0!' } }, 1000],
			['altai-government-ok', week('2026-07-08'), '2,5', 1000],
			['nobody-vk', week('2026-07-13'), 3, 1000],
		]);
		const head = git('rev-parse', 'HEAD').trim();
		const stats = readFileSync(join(repo, STATS), 'utf8');
		const summary = join(tmpdir(), `inbox-summary-${process.pid}.md`);

		const run = inbox('--commit', '--summary', summary);
		expect(run.code).toBe(1);
		const lines = run.stdout.split('\n');
		expect(lines.slice(0, 7)).toEqual([
			'REPO/data/inbox/стат.xlsx [лист «Статистика»] строка 2:',
			'  столбец «Публикаций»: в ячейке ошибка Excel #ДЕЛ/0! (#DIV/0!): деление на ноль, исправьте формулу или впишите число',
			'REPO/data/inbox/стат.xlsx [лист «Статистика»] строка 3:',
			'  столбец «Неделя с»: неделя начинается в понедельник: 06.07.2026',
			'  столбец «Публикаций»: ожидалось целое число, а не «2,5»: впишите целое число, например 12',
			'REPO/data/inbox/стат.xlsx [лист «Статистика»] строка 4:',
			expect.stringMatching(/^ {2}столбец «Аккаунт»: аккаунт «nobody-vk» не найден в реестре/),
		]);
		// The log is the clerk's, who uploaded through the web: what to do next names no command.
		expect(run.stdout).toContain('✖ 4 ошибки: ничего не записано. Исправьте таблицы в Excel и загрузите их снова в ту же папку');
		expect(run.stdout).not.toMatch(/npm run|запустите импорт/);
		const md = readFileSync(summary, 'utf8');
		expect(md).toContain('## Импорт таблиц из папки inbox/: ❌ есть ошибки');
		// One table for the sheet, a row's number at its first error only: four errors in three rows.
		expect(md).toMatch(/^\*\*\S*data\/inbox\/стат\.xlsx \[лист «Статистика»\]\*\*$/m);
		expect(md.match(/\| ❌ /gm)).toHaveLength(4);
		expect(md.match(/^\| \d+ \|/gm)).toHaveLength(3);

		expect(git('rev-parse', 'HEAD').trim()).toBe(head);
		expect(git('status', '--porcelain')).toBe('');
		expect(readFileSync(join(repo, STATS), 'utf8')).toBe(stats);
		expect(existsSync(join(repo, 'data/inbox/стат.xlsx'))).toBe(true);

		// The spreadsheet waiting in the inbox is not data: the check does not complain about it.
		const check = runCli('check', ['--data', join(repo, 'data')]);
		expect(check.stdout).not.toContain('data/inbox/');
		expect(check.code).toBe(0);
	}, 120_000);

	it('refuses to commit over uncommitted changes, and a folder inside the inbox is an error, changing nothing', async () => {
		await upload('стат.xlsx', [
			['Аккаунт', 'Неделя с', 'Публикаций'],
			['altai-government-vk', week('2026-07-06'), 9],
		]);
		const head = git('rev-parse', 'HEAD').trim();
		const stats = readFileSync(join(repo, STATS), 'utf8');
		writeFileSync(join(repo, 'data/site.yaml'), `${readFileSync(join(repo, 'data/site.yaml'), 'utf8')}# правка\n`);
		const dirty = inbox('--commit');
		expect(dirty.code).toBe(2);
		expect(dirty.stderr).toContain('--commit: в рабочей копии есть незакоммиченные изменения');
		expect(existsSync(join(repo, 'data/inbox/стат.xlsx'))).toBe(true);
		git('checkout', '--', 'data/site.yaml');

		mkdirSync(join(repo, 'data/inbox/июль'));
		writeFileSync(join(repo, 'data/inbox/июль/стат.csv'), 'account,week_start,posts\n');
		const nested = inbox('--commit');
		expect(nested.code).toBe(1);
		expect(nested.stdout).toContain('REPO/data/inbox/июль: папка внутри inbox/ не читается: положите таблицы прямо в REPO/data/inbox/');
		expect(readFileSync(join(repo, STATS), 'utf8')).toBe(stats);
		expect(existsSync(join(repo, 'data/inbox/стат.xlsx'))).toBe(true);
		expect(git('rev-parse', 'HEAD').trim()).toBe(head);
	}, 120_000);

	it.each([
		[['--bogus'], 'Неверный вызов'],
		[['--data', 'no/such/dir'], 'Папка с данными «no/such/dir» не найдена'],
	])('exits 2 on bad usage %j, with the usage text', (args, message) => {
		const { code, stdout, stderr } = runCli('inbox', args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain(message);
		expect(stderr).toContain('Использование: npm run inbox');
	});
});
