import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCp1251, utf8 } from '../unit/csv/cp1251.ts';
import { copyFixture, ROOT, runCli } from './run-cli.ts';

const NBSP = '\u00a0';
const STATS = 'orgs/test-admin/stats/2026-q3.csv';
const PLANS = 'orgs/test-admin/plans/2026-q3.csv';

/** A folder outside the data tree for the spreadsheets staff bring (check would flag them inside). */
function inbox(files: Record<string, Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'portal-inbox-'));
	for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
	return dir;
}

const crlf = (lines: string[]) => lines.map((line) => `${line}\r\n`).join('');

/** Every file of a tree with a hash of its bytes: «unchanged» means byte for byte. */
function snapshotTree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const visit = (at: string) => {
		for (const dirent of readdirSync(at, { withFileTypes: true })) {
			const abs = join(at, dirent.name);
			if (dirent.isDirectory()) visit(abs);
			else out[relative(dir, abs)] = createHash('sha256').update(readFileSync(abs)).digest('hex');
		}
	};
	visit(dir);
	return out;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('npm run import', () => {
	it('brings Windows-1251 Excel exports into the tree in canonical form', () => {
		const tree = copyFixture('valid');
		const stats = crlf([
			'Аккаунт;Неделя с;Публикаций;Просмотров',
			`https://vk.com/club1234567;06.07.2026;5;1${NBSP}234`,
			';;;',
			`vk.com/test_admin;13.07.2026;6;12${NBSP}000`,
			`test-admin-ok;20.07.2026;7;2${NBSP}500`,
		]);
		const plans = crlf([
			'Дата;Аккаунт;Сеть;Тема;Формат;Статус',
			'06.07.2026;vk.com/test_admin;;"День района; праздник\r\nна площади";Фото;Опубликована',
			';;;;;',
			'07.07.2026;;ВКонтакте;Новости района 2;Видео;Вышла',
		]);
		const dir = inbox({ 'Статистика июль.csv': encodeCp1251(stats), 'План.csv': encodeCp1251(plans) });
		const { code, stdout, stderr } = runCli('import', ['Статистика июль.csv', 'План.csv', '--data', tree, '--org', 'test-admin'], {
			cwd: dir,
		});
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(stdout.replaceAll(relative(dir, tree), 'TREE')).toMatchInlineSnapshot(`
			"Прочитано:
			  Статистика июль.csv — статистика, 3 строки
			  План.csv — контент-план, 2 строки

			Результат:
			  TREE/orgs/test-admin/plans/2026-q3.csv — добавлено 1, заменено 1, сохранено 103
			  TREE/orgs/test-admin/stats/2026-q3.csv — добавлено 0, заменено 3, сохранено 23

			✔ Записано файлов: 2. Проверьте данные командой npm run check.
			"
		`);
		// The three rows change in place; every other line of the file stays as it was.
		expect(read(tree, STATS)).toBe(
			read(ROOT, `tests/fixtures/valid/${STATS}`)
				.replace('test-admin-vk,2026-07-06,4,1000', 'test-admin-vk,2026-07-06,5,1234')
				.replace('test-admin-vk,2026-07-13,4,1000', 'test-admin-vk,2026-07-13,6,12000')
				.replace('test-admin-ok,2026-07-20,4,1000', 'test-admin-ok,2026-07-20,7,2500'),
		);
		expect(read(tree, PLANS)).toBe(read(ROOT, 'tests/fixtures/import/expected-plans-2026-q3.csv'));

		const check = runCli('check', ['--data', tree]);
		expect(check.stdout).not.toContain('csv-canonical-form');
		expect(check.code).toBe(0);
	});

	it('lists every error with its line and header and writes nothing', () => {
		const tree = copyFixture('valid');
		const before = snapshotTree(tree);
		const stats = crlf([
			'Аккаунт;Неделя с;Публикаций',
			'https://vk.com/club999;06.07.2026;4',
			'test-admin-ok;31.02.2026;4',
			'test-admin-vk;13.07.2026;2,5',
		]);
		const dir = inbox({ 'stats.csv': encodeCp1251(stats) });
		const { code, stdout, stderr } = runCli('import', ['stats.csv', '--data', tree], { cwd: dir });
		expect(code).toBe(1);
		expect(stderr).toBe('');
		expect(stdout).toMatchInlineSnapshot(`
			"stats.csv строка 2:
			  столбец «Аккаунт»: ссылка не найдена в реестре: «https://vk.com/club999» (vk:club999); зарегистрируйте аккаунт или укажите ссылку на зарегистрированную страницу
			stats.csv строка 3:
			  столбец «Неделя с»: такой даты нет в календаре: 31.02.2026
			stats.csv строка 4:
			  столбец «Публикаций»: ожидалось целое число, а не «2,5»: впишите целое число, например 12

			✖ 3 ошибки: ничего не записано. Исправьте файлы и запустите импорт снова.
			"
		`);
		expect(snapshotTree(tree)).toEqual(before);
	});

	it('writes nothing for any file when only a later file has an error', () => {
		const tree = copyFixture('valid');
		const before = snapshotTree(tree);
		const dir = inbox({
			'good.csv': utf8('account,week_start,posts\ntest-admin-vk,2026-07-06,9\n'),
			'bad.csv': utf8('account,week_start,posts\ntest-admin-ok,2026-07-07,9\n'),
		});
		const { code, stdout } = runCli('import', ['good.csv', 'bad.csv', '--data', tree], { cwd: dir });
		expect(code).toBe(1);
		expect(stdout).toContain('bad.csv строка 2:\n  столбец «week_start»: неделя начинается в понедельник: 06.07.2026\n');
		expect(stdout).not.toContain('good.csv');
		expect(snapshotTree(tree)).toEqual(before);
	});

	it('merges: a row updated changes in the columns the file carries only, a one-line diff; a new row is one line more', () => {
		const tree = copyFixture('valid');
		const original = read(tree, PLANS).split('\n');
		// The clerk's export carries no status column: the recorded status must survive.
		const dir = inbox({
			'plan.csv': utf8(
				'date,account,topic,format\n2026-07-06,test-admin-ok,Новости района 1,video\n2026-07-10,test-admin-ok,Итоги недели,card\n',
			),
		});
		const { code, stdout } = runCli('import', ['plan.csv', '--data', tree], { cwd: dir });
		expect(code).toBe(0);
		expect(stdout).toContain('orgs/test-admin/plans/2026-q3.csv — добавлено 1, заменено 1, сохранено 103');
		const merged = read(tree, PLANS).split('\n');
		expect(merged).toHaveLength(original.length + 1);
		const added = merged.indexOf('2026-07-10,test-admin-ok,,Итоги недели,card,');
		// Next to its neighbours by date, after the last row of 09.07.
		expect(merged[added - 1]).toBe('2026-07-09,test-admin-ok,,Новости района 4,text,published');
		const withoutAdded = merged.filter((_, i) => i !== added);
		const changed = withoutAdded.flatMap((line, i) => (line === original[i] ? [] : [[original[i], line]]));
		expect(changed).toEqual([
			['2026-07-06,test-admin-ok,,Новости района 1,text,published', '2026-07-06,test-admin-ok,,Новости района 1,video,published'],
		]);
	});

	it('re-canonicalises a file in place, as the csv-canonical-form warning suggests', () => {
		const tree = copyFixture('valid');
		const canonical = read(tree, STATS);
		const rows = canonical
			.split('\n')
			.slice(1, -1)
			.map((line) => line.split(','));
		// Every row of the fixture has 1000 views: written the Excel way, «1 000».
		const excel = crlf([
			'Аккаунт;Неделя с;Публикаций;Просмотров',
			...rows.map(([a, w, p]) => `${a};${w!.split('-').reverse().join('.')};${p};1${NBSP}000`),
		]);
		writeFileSync(join(tree, STATS), encodeCp1251(excel));
		expect(runCli('check', ['--data', tree]).stdout).toContain('csv-canonical-form');

		// No --data: the file's own place says which tree it belongs to; naming it twice reads it once.
		const first = runCli('import', [STATS, `./${STATS}`], { cwd: tree });
		expect(first.code).toBe(0);
		expect(first.stdout).toContain(`${STATS} — приведён к единому формату, 26 строк`);
		// Only the form changes: the rows stay in the order the file had them.
		expect(read(tree, STATS)).toBe(canonical);

		const again = runCli('import', [STATS], { cwd: tree });
		expect(again.code).toBe(0);
		expect(again.stdout).toContain(`${STATS} — уже в едином формате, не изменён`);
		expect(again.stdout).toContain('✔ Изменений нет: ничего не записано.');
		const check = runCli('check', ['--data', tree]);
		expect(check.stdout).not.toContain('csv-canonical-form');
		expect(check.code).toBe(0);
	});

	it.each([
		[[], 'Не указаны файлы для импорта.'],
		[['--bogus', 'x.csv'], 'Неверный вызов'],
		[['no-such-file.csv'], 'Файл «no-such-file.csv» не найден.'],
		[['tests/fixtures/valid/site.yaml', '--data', 'no/such/dir'], 'Папка с данными «no/such/dir» не найдена.'],
		[['tests/fixtures/valid/site.yaml', '--data', 'tests/fixtures/valid', '--kind', 'statistics'], 'Неизвестный вид таблицы «statistics»'],
		[['tests/fixtures/valid/site.yaml', '--data', 'tests/fixtures/valid', '--org', 'nobody'], 'Организация «nobody» не найдена'],
	])('exits 2 on bad usage %j, with the usage text and no stack trace', (args, message) => {
		const { code, stdout, stderr } = runCli('import', args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain(message);
		expect(stderr).toContain('Использование: npm run import -- ФАЙЛ...');
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	it('prints usage with --help', () => {
		const { code, stdout } = runCli('import', ['--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('Код выхода: 0 — импорт выполнен, 1 — ошибки в данных (ничего не записано)');
	});
});
