/**
 * The wording of each kind of check message, pinned as the clerk reads it: what is wrong, where
 * (line:column), what to do. A change of wording shows up here as a snapshot diff to review.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/rule.ts';
import accountLinkValid from '../../src/rules/account-link-valid.ts';
import bannedNetworks from '../../src/rules/banned-networks.ts';
import noDuplicateAccounts from '../../src/rules/no-duplicate-accounts.ts';
import parseError from '../../src/rules/parse-error.ts';
import requiredNetworks from '../../src/rules/required-networks.ts';
import schemaValid from '../../src/rules/schema-valid.ts';
import { append, type Edits, OK, replace, runCase, VK } from './rule-tester.ts';

/** The rule's findings for `edits`, one line each: «line:column message». */
function messages(rule: Rule<any>, edits: Edits): string[] {
	return runCase(rule, { name: 'messages', edits, others: 'allow' }).findings.map((f) => `${f.line}:${f.column} ${f.message}`);
}

const TG = 'orgs/test-admin/accounts/test-admin-tg.yaml';
const tg = (...lines: string[]) =>
	[
		'id: test-admin-tg',
		'org: test-admin',
		'network: tg',
		'url: https://t.me/test_admin',
		'name: Администрация района',
		'status: active',
		...lines,
		'',
	].join('\n');
const IG = 'orgs/test-admin/accounts/test-admin-ig.yaml';

describe('dates', () => {
	it('a date written ДД.ММ.ГГГГ', () => {
		expect(messages(schemaValid, { [TG]: tg('registered: 12.12.2022') })).toMatchInlineSnapshot(`
			[
			  "7:13 Неверные данные: поле «registered»: дата записана как 12.12.2022, а нужно ГГГГ-ММ-ДД: пишите 2022-12-12.",
			]
		`);
	});
	it('a date that is not in the calendar', () => {
		expect(messages(schemaValid, { [TG]: tg('opened: 2022-02-30') })).toMatchInlineSnapshot(`
			[
			  "7:9 Неверные данные: поле «opened»: такой даты нет в календаре: проверьте число и месяц.",
			]
		`);
	});
});

describe('YAML syntax', () => {
	it('a tab in the indentation', () => {
		expect(messages(parseError, { [OK]: replace('  official-status: true', '\tofficial-status: true') })).toMatchInlineSnapshot(`
			[
			  "11:1 Ошибка в записи YAML: табуляция в отступе: отступы делаются только пробелами — замените табуляцию пробелами.",
			]
		`);
	});
	it('an unclosed quote', () => {
		expect(messages(parseError, { [VK]: replace('name: Администрация Тестового района', "name: 'Администрация Тестового района") }))
			.toMatchInlineSnapshot(`
			[
			  "6:7 Ошибка в записи YAML: не закрыта кавычка: поставьте такую же кавычку в конце значения.",
			]
		`);
	});
	it('a duplicated key', () => {
		expect(messages(parseError, { [VK]: append('status: closed\n') })).toMatchInlineSnapshot(`
			[
			  "24:1 Ошибка в записи YAML: поле «status» указано дважды: оставьте одно, с верным значением, другое удалите.",
			]
		`);
	});
	it('bad indentation', () => {
		expect(messages(parseError, { [VK]: replace('  description: true', '   description: true') })).toMatchInlineSnapshot(`
			[
			  "12:15 Ошибка в записи YAML: неверный отступ: поля одного уровня должны начинаться в одном столбце — выровняйте строку по соседним полям того же уровня (отступы — только пробелами).",
			]
		`);
	});
	it('a line that does not continue the record', () => {
		expect(messages(parseError, { [TG]: tg('- пункт') })).toMatchInlineSnapshot(`
			[
			  "7:1 Ошибка в записи YAML: лишний текст или неверный отступ: строка не продолжает запись выше — выровняйте строку по соседним полям того же уровня (отступы — только пробелами) или удалите лишнее.",
			]
		`);
	});
	it('a colon without a space after it', () => {
		expect(messages(parseError, { [TG]: tg('reviewed:2026-09-01', 'opened:') })).toMatchInlineSnapshot(`
			[
			  "7:1 Ошибка в записи YAML: строка не похожа на «поле: значение»: после имени поля нужны двоеточие и пробел, и всё это — в одной строке.",
			]
		`);
	});
	it('an unclosed bracket', () => {
		expect(messages(parseError, { [TG]: tg("aliases: ['https://t.me/test_admin2'", 'opened: 2022-12-01') })).toMatchInlineSnapshot(`
			[
			  "7:10 Ошибка в записи YAML: не закрыта скобка [ или {, или между элементами пропущена запятая: проверьте скобки и запятые.",
			]
		`);
	});
	it('a backslash in a double-quoted value', () => {
		expect(messages(parseError, { [TG]: tg('responsible: { position: "Отдел\\Сектор" }') })).toMatchInlineSnapshot(`
			[
			  "7:33 Ошибка в записи YAML: неверная обратная косая черта «\\» в значении в двойных кавычках: напишите её дважды или возьмите значение в одинарные кавычки.",
			]
		`);
	});
	it('a value starting with a reserved character', () => {
		expect(messages(parseError, { [TG]: tg('responsible:', '  position: @press') })).toMatchInlineSnapshot(`
			[
			  "8:13 Ошибка в записи YAML: значение не может начинаться с этого знака (@, \`, %): если это часть значения, возьмите всё значение в кавычки.",
			]
		`);
	});
});

describe('fields', () => {
	it('an unknown field', () => {
		expect(messages(schemaValid, { [TG]: tg('colour: red') })).toMatchInlineSnapshot(`
			[
			  "7:1 Неверные данные: неизвестное поле «colour»: проверьте написание или удалите его.",
			]
		`);
	});
	it('a missing required field', () => {
		expect(messages(schemaValid, { [TG]: tg().replace('name: Администрация района\n', '') })).toMatchInlineSnapshot(`
			[
			  "1:1 Неверные данные: поле «name»: обязательное поле не заполнено (ожидалось: текст).",
			]
		`);
	});
	it('a value outside the list (a network)', () => {
		expect(messages(schemaValid, { [TG]: tg().replace('network: tg', 'network: telegram') })).toMatchInlineSnapshot(`
			[
			  "3:10 Неверные данные: поле «network»: ожидалось одно из: vk — ВКонтакте, ok — Одноклассники, tg — Telegram, max — MAX, dzen — Дзен, rutube — RUTUBE, youtube — YouTube, fb — Facebook, ig — Instagram, x — X (Twitter); указано «telegram».",
			]
		`);
	});
});

describe('networks and links', () => {
	it('the same page registered twice', () => {
		expect(
			messages(noDuplicateAccounts, {
				[TG]: tg().replace('network: tg', 'network: vk').replace('https://t.me/test_admin', 'https://vk.com/club1234567'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "5:11 Страница https://vk.com/club1234567 уже внесена в реестр: orgs/test-admin/accounts/test-admin-tg.yaml (аккаунт «test-admin-tg»). Одна страница — одна запись: удалите этот адрес отсюда (или всю повторную запись) и оставьте его в orgs/test-admin/accounts/test-admin-tg.yaml.",
			]
		`);
	});
	it('a look-alike link', () => {
		expect(messages(accountLinkValid, { [VK]: replace('url: https://vk.com/test_admin', 'url: https://vk.corn/test_admin') }))
			.toMatchInlineSnapshot(`
			[
			  "4:6 Адрес «https://vk.corn/test_admin» похож на адрес сети, но им не является. В адресе сайта есть буквы или их сочетания, похожие на настоящие (например, «rn» вместо «m» или русская «о» вместо латинской «o»): это не сайт ВКонтакте, а подделка под него. Не вносите его в реестр: откройте настоящую страницу и скопируйте её адрес из строки браузера.",
			]
		`);
	});
	it('a link to another network than the record says', () => {
		expect(messages(accountLinkValid, { [VK]: replace('url: https://vk.com/test_admin', 'url: https://t.me/test_admin') }))
			.toMatchInlineSnapshot(`
			[
			  "4:6 Адрес «https://t.me/test_admin» ведёт в сеть Telegram, а в записи указана сеть «ВКонтакте»: исправьте поле network или адрес.",
			]
		`);
	});
	it('a required network missing', () => {
		expect(messages(requiredNetworks, { [OK]: replace('status: active', 'status: planned') })).toMatchInlineSnapshot(`
			[
			  "1:5 У организации нет действующей страницы в сети «Одноклассники»: распоряжение Правительства Российской Федерации от 02.09.2022 № 2523-р требует её с 2022-12-01. Заведите страницу и внесите её в реестр (npm run new) или, если она есть, укажите в её записи status: active.",
			]
		`);
	});
	it('an active page in a banned network', () => {
		const ig = [
			'id: test-admin-ig',
			'org: test-admin',
			'network: ig',
			'url: https://www.instagram.com/test_admin/',
			'name: Администрация района',
			'status: active',
			'',
		].join('\n');
		expect(messages(bannedNetworks, { [IG]: ig })).toMatchInlineSnapshot(`
			[
			  "6:9 Страница в сети Instagram значится действующей, но сеть запрещена с 2022-03-21 (решение Тверского районного суда г. Москвы от 21.03.2022): закройте запись — status: closed, closed.date и closed.reason.",
			]
		`);
	});
});
