/**
 * The import's messages as the clerk reads them after uploading a spreadsheet: located by row
 * number and column header (what Excel shows, not a character column), every field named by the
 * Russian header of the spreadsheet, what is expected in plain words, grouped under their row.
 * A change of wording shows up here as a snapshot diff to review.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planImport, type ImportPlan } from '../../../src/import/plan.ts';
import { openRegistry, type Registry } from '../../../src/import/registry.ts';
import { errorReport, formatError, markdownReport } from '../../../src/import/report.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/valid');
let tree: string;
let inbox: string;
let registry: Registry;

beforeAll(() => {
	tree = mkdtempSync(join(tmpdir(), 'portal-import-words-'));
	cpSync(FIXTURE, tree, { recursive: true });
	inbox = mkdtempSync(join(tmpdir(), 'portal-import-words-inbox-'));
	registry = openRegistry(tree);
});

/** Plans an import of one spreadsheet exported from Russian Excel (`;`, CRLF). */
function plan(name: string, rows: string[]): ImportPlan {
	const abs = join(inbox, name);
	writeFileSync(abs, `${rows.join('\r\n')}\r\n`);
	return planImport([{ abs, file: name }], registry, { dataDir: tree });
}

const STATS = 'Аккаунт;Неделя с;Публикаций;Просмотров;Подписчики';
const errors = (p: ImportPlan) => p.errors.map(formatError);

describe('import messages', () => {
	it('a CSV cell is located by row and column header, not by character column', () => {
		expect(errors(plan('a.csv', [STATS, 'test-admin-vk;06.07.2026;3;100;12,5']))).toMatchInlineSnapshot(`
			[
			  "a.csv строка 2, столбец «Подписчики»: ожидалось целое число, а не «12,5»: впишите целое число, например 12",
			]
		`);
	});

	it('a week date that is not a Monday names the Monday of its week, once', () => {
		expect(errors(plan('b.csv', [STATS, 'test-admin-vk;01.10.2026;3;100;5', 'test-admin-ok;31.09.2026;3;100;5']))).toMatchInlineSnapshot(`
			[
			  "b.csv строка 3, столбец «Неделя с»: такой даты нет в календаре: 31.09.2026",
			  "b.csv строка 2, столбец «Неделя с»: неделя начинается в понедельник: 28.09.2026",
			]
		`);
	});

	it('a value of the wrong kind names the column by its Russian header and says what is expected', () => {
		expect(errors(plan('c.csv', [STATS, 'test-admin-vk;06.07.2026;много;-4;5', 'test-admin-ok;06.07.2026;;;']))).toMatchInlineSnapshot(`
			[
			  "c.csv строка 2, столбец «Публикаций»: ожидалось целое число не меньше 0, а не «много»: впишите число, например 12",
			  "c.csv строка 2, столбец «Просмотров»: ожидалось целое число не меньше 0, а не «-4»: впишите число, например 12",
			  "c.csv строка 3, столбец «Публикаций»: ячейка не заполнена: впишите число, например 12",
			]
		`);
	});

	it('a value not in a list names the values as the spreadsheet writes them, in Russian', () => {
		expect(errors(plan('h.csv', ['Дата;Аккаунт;Тема;Формат;Статус', '06.07.2026;test-admin-vk;Приём граждан;Фотка;Вышло'])))
			.toMatchInlineSnapshot(`
			[
			  "h.csv строка 2, столбец «Формат»: ожидалось одно из: текст, фото, видео, инфографика, карточка, анимация, прямой эфир, опрос, конкурс; указано «Фотка»",
			  "h.csv строка 2, столбец «Статус»: ожидалось одно из: запланирована, опубликована, отменена; указано «Вышло»",
			]
		`);
	});

	it('a reply-log moment without a time zone shows the spreadsheet form of the example', () => {
		expect(errors(plan('i.csv', ['Номер;Аккаунт;Поступило', '1;test-admin-vk;06.07.2026 10:00', '2;test-admin-vk;'])))
			.toMatchInlineSnapshot(`
			[
			  "i.csv строка 2, столбец «Поступило»: ожидались дата и время с часовым поясом, например 03.07.2026 10:15 +03:00, а не «06.07.2026 10:00»",
			  "i.csv строка 3, столбец «Поступило»: ячейка не заполнена: впишите дату и время с часовым поясом, например 03.07.2026 10:15 +03:00",
			]
		`);
	});

	it('an unknown column lists the Russian headers first', () => {
		expect(errors(plan('d.csv', ['Аккаунт;Неделя с;Публикаций;Лайки', 'test-admin-vk;06.07.2026;3;5']))).toMatchInlineSnapshot(`
			[
			  "d.csv строка 1, столбец «Лайки»: неизвестный столбец «Лайки»: переименуйте его в один из допустимых или удалите; допустимые: «Аккаунт» (account), «Неделя с» (week_start), «Публикаций» (posts), «Тексты» (posts_text), «Фото» (posts_photo), «Видео» (posts_video), «Инфографика» (posts_infographic), «Карточки» (posts_card), «Анимация» (posts_animation), «Прямые эфиры» (posts_live), «Опросы» (posts_poll), «Конкурсы» (posts_contest), «Просмотров» (views), «Подписчиков» (subscribers), «Комментариев» (comments), «Удалено комментариев» (comments_removed), «Заблокировано» (users_blocked)",
			]
		`);
	});

	it('a link with a Cyrillic look-alike letter is explained as the form and the check explain it', () => {
		expect(errors(plan('e.csv', [STATS, 'https://vk.com/test_аdmin;06.07.2026;3;100;5']))).toMatchInlineSnapshot(`
			[
			  "e.csv строка 2, столбец «Аккаунт»: Адрес «https://vk.com/test_аdmin» похож на адрес сети, но им не является. В имени страницы есть буквы другого алфавита, похожие на латинские (например, русская «о» вместо латинской «o»). Такие адреса заводят, чтобы выдать себя за настоящую страницу. Не вносите его в реестр: откройте настоящую страницу и скопируйте её адрес из строки браузера.",
			]
		`);
	});

	it('a duplicate row names the other row, with the week as the spreadsheet writes it', () => {
		expect(errors(plan('f.csv', [STATS, 'test-admin-vk;06.07.2026;3;100;5', 'https://vk.com/test_admin;06.07.2026;4;100;5'])))
			.toMatchInlineSnapshot(`
			[
			  "f.csv строка 3: строка повторяет строку 2 (аккаунт test-admin-vk, неделя с 06.07.2026): оставьте одну из них",
			]
		`);
	});

	it('the display groups every error of a row under the row', () => {
		const p = plan('g.csv', [
			STATS,
			'test-admin-vk;07.07.2026;много;100;5',
			'test-admin-ok;06.07.2026;3;100;5',
			'test-admin-ok;06.07.2026;3;100;5',
		]);
		expect(errorReport(p.errors, ['g.csv'])).toMatchInlineSnapshot(`
			"g.csv строка 2:
			  столбец «Неделя с»: неделя начинается в понедельник: 06.07.2026
			  столбец «Публикаций»: ожидалось целое число не меньше 0, а не «много»: впишите число, например 12
			g.csv строка 4:
			  строка повторяет строку 3 (аккаунт test-admin-ok, неделя с 06.07.2026): оставьте одну из них

			✖ 3 ошибки: ничего не записано. Исправьте файлы и запустите импорт снова.
			"
		`);
		expect(markdownReport('Импорт', { errors: p.errors, fileOrder: ['g.csv'] })).toMatchInlineSnapshot(`
			"## Импорт: ❌ есть ошибки

			3 ошибки: ничего не записано, таблицы остались во входящей папке. Исправьте их в Excel и загрузите снова (с тем же именем файла).

			**g.csv**

			| Строка | Столбец | Что не так |
			|---|---|---|
			| 2 | «Неделя с» | ❌ неделя начинается в понедельник: 06.07.2026 |
			|  | «Публикаций» | ❌ ожидалось целое число не меньше 0, а не «много»: впишите число, например 12 |
			| 4 |  | ❌ строка повторяет строку 3 (аккаунт test-admin-ok, неделя с 06.07.2026): оставьте одну из них |
			"
		`);
	});
});
