import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { planImport, type ImportPlan, type PlanOptions } from '../../../src/import/plan.ts';
import { openRegistry } from '../../../src/import/registry.ts';
import { formatError } from '../../../src/import/report.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/valid');
let tree: string;
let inbox: string;

beforeEach(() => {
	tree = mkdtempSync(join(tmpdir(), 'portal-plan-'));
	cpSync(FIXTURE, tree, { recursive: true });
	inbox = mkdtempSync(join(tmpdir(), 'portal-plan-inbox-'));
});

/** Plans an import of files given as name → UTF-8 text; `inTree` names are paths inside the tree. */
function plan(
	files: Record<string, string>,
	options: Partial<PlanOptions> = {},
	inTree: Record<string, { org: string; series: 'stats' | 'plans' | 'replies'; year: number; quarter: number }> = {},
): ImportPlan {
	const inputs = Object.entries(files).map(([name, text]) => {
		const place = inTree[name];
		const abs = place ? join(tree, name) : join(inbox, name);
		writeFileSync(abs, text);
		return { abs, file: name, ...(place ? { place } : {}) };
	});
	return planImport(inputs, openRegistry(tree), { dataDir: tree, ...options });
}

const errors = (p: ImportPlan) => p.errors.map(formatError);
const target = (p: ImportPlan, path: string) => p.targets.find((t) => t.abs === join(tree, path));

describe('planImport', () => {
	it('tells an unregistered id, an unknown link, a look-alike and a non-link apart', () => {
		const p = plan({
			's.csv':
				'account,week_start,posts\ntest-admin-tg,2026-07-06,1\nhttps://ok.ru/group/1,2026-07-06,1\nhttps://vk.corn/test_admin,2026-07-06,1\nстраница администрации,2026-07-06,1\n',
		});
		expect(errors(p)).toEqual([
			's.csv строка 2, столбец «account»: аккаунт «test-admin-tg» не найден в реестре: укажите идентификатор зарегистрированного аккаунта или ссылку на его страницу',
			's.csv строка 3, столбец «account»: ссылка не найдена в реестре: «https://ok.ru/group/1» (ok:group/1); зарегистрируйте аккаунт или укажите ссылку на зарегистрированную страницу',
			's.csv строка 4, столбец «account»: Адрес «https://vk.corn/test_admin» похож на адрес сети, но им не является. В адресе сайта есть буквы или их сочетания, похожие на настоящие (например, «rn» вместо «m» или русская «о» вместо латинской «o»): это не сайт ВКонтакте, а подделка под него. Не вносите его в реестр: откройте настоящую страницу и скопируйте её адрес из строки браузера.',
			's.csv строка 5, столбец «account»: «страница администрации» — не идентификатор аккаунта и не ссылка на страницу в соцсети',
		]);
		expect(p.targets).toEqual([]);
	});

	it('names both lines of a duplicate key, within a file and across files', () => {
		const p = plan({
			'a.csv': 'account,week_start,posts\ntest-admin-vk,2026-07-06,1\nvk.com/test_admin,2026-07-06,2\n',
			'b.csv': 'Аккаунт;Неделя с;Публикаций\ntest-admin-vk;06.07.2026;3\n',
		});
		expect(errors(p)).toEqual([
			'a.csv строка 3: строка повторяет строку 2 (аккаунт test-admin-vk, неделя с 06.07.2026): оставьте одну из них',
			'b.csv строка 2: строка повторяет строку 2 файла a.csv (аккаунт test-admin-vk, неделя с 06.07.2026): оставьте одну из них',
		]);
	});

	it('asks for --org once per file for plan rows that name only a network', () => {
		const text = 'date,network,topic,format\n2026-07-06,vk,Тема 1,photo\n2026-07-07,vk,Тема 2,photo\n';
		expect(errors(plan({ 'p.csv': text }))).toEqual([
			'p.csv строка 2, столбец «network»: строка указывает только сеть, без аккаунта (таких строк в файле: 2): впишите в столбец «Аккаунт» адрес страницы (https://vk.com/…); в терминале можно вместо этого указать организацию параметром --org ИДЕНТИФИКАТОР',
		]);
		const withOrg = plan({ 'p.csv': text }, { org: 'test-admin' });
		expect(withOrg.errors).toEqual([]);
		expect(target(withOrg, 'orgs/test-admin/plans/2026-q3.csv')?.counts).toEqual({ added: 2, replaced: 0, kept: 104, removed: 0 });
	});

	it('names the headers it found when it cannot tell the table, and --kind decides', () => {
		const text = 'Аккаунт;Дата;Просмотров\ntest-admin-vk;06.07.2026;10\n';
		const [message] = errors(plan({ 'x.csv': text }));
		expect(message).toContain('x.csv строка 1: не удалось понять, какая это таблица: в файле столбцы «Аккаунт», «Дата», «Просмотров».');
		expect(message).toContain('статистика (--kind stats) — «Неделя с» (week_start), «Публикаций» (posts)');
		expect(message).toContain('Укажите вид таблицы параметром --kind');
		expect(errors(plan({ 'x.csv': text }, { kind: 'stats' }))).toEqual([
			expect.stringContaining(
				'x.csv строка 1, столбец «Дата»: неизвестный столбец «Дата»: переименуйте его в один из допустимых или удалите; допустимые: «Аккаунт» (account), «Неделя с» (week_start)',
			),
			'x.csv строка 2: в таблице нет обязательного столбца «Неделя с»: добавьте его в строку заголовков и заполните',
			'x.csv строка 2: в таблице нет обязательного столбца «Публикаций»: добавьте его в строку заголовков и заполните',
		]);
	});

	it('refuses to rewrite an existing file whose rows it could not keep', () => {
		const stats = join(tree, 'orgs/test-admin/stats/2026-q3.csv');
		writeFileSync(stats, readFileSync(stats, 'utf8').replace('test-admin-ok,2026-09-28,4,1000', 'test-admin-ok,2026-09-28,много,1000'));
		const p = plan({ 'new.csv': 'account,week_start,posts\ntest-admin-vk,2026-07-06,9\n' });
		expect(errors(p)).toEqual([
			expect.stringMatching(
				/^\S*orgs\/test-admin\/stats\/2026-q3\.csv строка 27, столбец «posts»: ожидалось целое число не меньше 0, а не «[^»]+»: впишите число, например 12$/,
			),
		]);
	});

	it('keeps the rows of a file in place to its own organisation and quarter', () => {
		mkdirSync(join(tree, 'orgs/other/accounts'), { recursive: true });
		writeFileSync(join(tree, 'orgs/other/accounts/other-vk.yaml'), 'id: other-vk\norg: other\n');
		const path = 'orgs/test-admin/stats/2026-q3.csv';
		const text = 'account,week_start,posts\nother-vk,2026-07-06,1\ntest-admin-vk,2026-10-05,1\ntest-admin-vk,2026-07-06,1\n';
		const p = plan({ [path]: text }, {}, { [path]: { org: 'test-admin', series: 'stats', year: 2026, quarter: 3 } });
		expect(errors(p)).toEqual([
			`${path} строка 2, столбец «account»: аккаунт «other-vk» принадлежит организации «other», а файл лежит в папке организации «test-admin»: перенесите строку в таблицу своей организации`,
			`${path} строка 3, столбец «week_start»: дата 05.10.2026 относится к 4 кв. 2026 г., а файл — к 3 кв. 2026 г.: перенесите строку в файл 2026-q4.csv`,
		]);
	});

	it("routes rows by organisation and quarter, keeps columns of both sides and the file's order, sorts new rows naturally", () => {
		const p = plan({
			'r.csv':
				'Номер,Аккаунт,Выявлено\n10,test-admin-ok,2026-07-08T10:00+03:00\n9,test-admin-ok,2026-07-08T09:00+03:00\n2,test-admin-vk,01.10.2026 12:00 +03:00\n',
			's.csv': 'account,week_start,posts,subscribers\ntest-admin-vk,2026-07-06,5,300\n',
		});
		expect(p.errors).toEqual([]);
		expect(p.targets.map((t) => [t.abs.slice(tree.length + 1), t.counts, t.existed])).toEqual([
			['orgs/test-admin/replies/2026-q3.csv', { added: 2, replaced: 0, kept: 1, removed: 0 }, true],
			['orgs/test-admin/replies/2026-q4.csv', { added: 1, replaced: 0, kept: 0, removed: 0 }, false],
			['orgs/test-admin/stats/2026-q3.csv', { added: 0, replaced: 1, kept: 25, removed: 1 }, true],
		]);
		expect(
			target(p, 'orgs/test-admin/replies/2026-q3.csv')
				?.text?.split('\n')
				.map((line) => line.split(',')[0]),
		).toEqual(['message_id', '1', '9', '10', '']);
		expect(target(p, 'orgs/test-admin/replies/2026-q4.csv')?.text).toBe(
			'message_id,account,received\n2,test-admin-vk,2026-10-01T12:00+03:00\n',
		);
		const stats = target(p, 'orgs/test-admin/stats/2026-q3.csv')?.text?.split('\n');
		// The views the incoming file does not carry stay as recorded.
		expect(stats?.slice(0, 3)).toEqual([
			'account,week_start,posts,views,subscribers',
			'test-admin-vk,2026-07-06,5,1000,300',
			'test-admin-ok,2026-07-06,4,1000,',
		]);
	});

	it('reads UTF-8 with a byte-order mark and semicolons, and replaces a plan row by its key', () => {
		const p = plan({ 'bom.csv': '\uFEFFДата;Аккаунт;Тема;Формат;Статус\n06.07.2026;test-admin-ok;Новости района 1;Текст;Отменена\n' });
		expect(p.errors).toEqual([]);
		expect(p.read).toEqual([{ file: 'bom.csv', kind: 'plans', rows: 1 }]);
		const text = target(p, 'orgs/test-admin/plans/2026-q3.csv')?.text;
		expect(text?.split('\n').slice(0, 3)).toEqual([
			'date,account,network,topic,format,status',
			'2026-07-06,,vk,Новости района 1,photo,published',
			'2026-07-06,test-admin-ok,,Новости района 1,text,cancelled',
		]);
	});

	it("puts a plan row in the quarter of its week's Monday", () => {
		const p = plan({
			'p.csv':
				'date,account,topic,format\n2026-10-01,test-admin-ok,Тема недели 28.09,text\n2026-10-05,test-admin-ok,Тема недели 05.10,text\n',
		});
		expect(p.errors).toEqual([]);
		expect(target(p, 'orgs/test-admin/plans/2026-q3.csv')?.text).toContain('\n2026-10-01,test-admin-ok,,Тема недели 28.09,text,\n');
		expect(target(p, 'orgs/test-admin/plans/2026-q4.csv')?.text).toBe(
			'date,account,topic,format\n2026-10-05,test-admin-ok,Тема недели 05.10,text\n',
		);
		const path = 'orgs/test-admin/plans/2026-q4.csv';
		const inPlace = plan(
			{ [path]: 'date,account,topic,format\n2026-10-02,test-admin-ok,Тема,text\n' },
			{},
			{ [path]: { org: 'test-admin', series: 'plans', year: 2026, quarter: 4 } },
		);
		expect(errors(inPlace)).toEqual([
			`${path} строка 2, столбец «date»: дата 02.10.2026 (неделя с 28.09.2026) относится к 3 кв. 2026 г., а файл — к 4 кв. 2026 г.: перенесите строку в файл 2026-q3.csv`,
		]);
	});

	it('reports an empty file', () => {
		expect(errors(plan({ 'e.csv': '\n,,\r\n' }))).toEqual(['e.csv: файл пуст: нет строки заголовков']);
	});
});
