import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDigests } from '../../src/handoff/period-records.ts';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCli } from './run-cli.ts';

describe('npm run check', () => {
	it('exits 0 and says so on valid data', () => {
		const { code, stdout } = runCli('check', ['--data', 'tests/fixtures/valid']);
		expect(code).toBe(0);
		expect(stdout).toMatchInlineSnapshot(`
			"✔ Всё в порядке (проверено: 1 организация, 2 аккаунта, 131 строка таблиц; дата проверки 2026-10-05).
			"
		`);
	});

	it('exits 1 with located Russian messages on broken data', () => {
		const { code, stdout, stderr } = runCli('check', ['--data', 'tests/fixtures/broken']);
		expect(code).toBe(1);
		expect(stderr).toBe('');
		expect(stdout).toMatchInlineSnapshot(`
			"tests/fixtures/broken/internal/test-admin.yaml
			  4:10    ошибка          Ошибка в записи YAML: неверный отступ: поля одного уровня должны начинаться в одном столбце — выровняйте строку по соседним полям того же уровня (отступы — только пробелами).  parse-error

			tests/fixtures/broken/orgs/test-admin/accounts/test-admin-vk.yaml
			  6:1     ошибка          Неверные данные: неизвестное поле «netwrok»: проверьте написание или удалите его.  schema-valid

			tests/fixtures/broken/orgs/test-admin/org.yaml
			  4:7     ошибка          Неверные данные: поле «kind»: ожидалось одно из: regional-government, executive-body, local-administration, local-government-body, subordinate; указано «local-admin».  schema-valid
			  6:6     ошибка          Неверные данные: поле «inn»: ИНН: ожидалось 10 цифр с верной контрольной цифрой.  schema-valid

			tests/fixtures/broken/orgs/test-admin/stats/2026-q3.csv
			  1:1     предупреждение  Таблица не в едином формате (разделитель «;», русские заголовки, даты в формате ДД.ММ.ГГГГ): приведите её командой npm run import -- tests/fixtures/broken/orgs/test-admin/stats/2026-q3.csv  csv-canonical-form
			  3:26    ошибка          Ошибка в таблице: ожидалось целое число, а не «2,5»: впишите целое число, например 12. [столбец «Публикаций»]  parse-error

			✖ 5 ошибок, 1 предупреждение (проверено: 0 организаций, 1 аккаунт, 0 строк таблиц; дата проверки 2026-10-05).
			"
		`);
	});

	it('prints GitHub annotations', () => {
		const { code, stdout } = runCli('check', ['--data', 'tests/fixtures/broken', '--format', 'github']);
		expect(code).toBe(1);
		expect(stdout.split('\n').slice(0, 2)).toMatchInlineSnapshot(`
			[
			  "::error file=tests/fixtures/broken/internal,title=internal-data::Во внутренних данных (контакты сотрудников, отметки о безопасности страниц) 1 ошибка и 0 предупреждений. Здесь они не показываются: подробности — в выводе npm run check (формат stylish) в журнале задания CI, закрытом от посторонних, или при проверке на своём компьютере.",
			  "::error file=tests/fixtures/broken/orgs/test-admin/accounts/test-admin-vk.yaml,line=6,col=1,title=schema-valid::Неверные данные: неизвестное поле «netwrok»: проверьте написание или удалите его.",
			]
		`);
	});

	it('prints a GitLab Code Quality report that parses', () => {
		const { stdout } = runCli('check', ['--data', 'tests/fixtures/broken', '--format', 'gitlab']);
		const report = JSON.parse(stdout) as {
			check_name: string;
			severity: string;
			location: { path: string; lines: { begin: number } };
			fingerprint: string;
		}[];
		expect(report).toHaveLength(6);
		// The internal file's parse error is only counted: GitLab shows this report on the merge request.
		expect(report[0]).toMatchObject({
			check_name: 'internal-data',
			severity: 'major',
			location: { path: 'tests/fixtures/broken/internal', lines: { begin: 1 } },
		});
		expect(report[1]).toMatchObject({
			check_name: 'schema-valid',
			location: { path: 'tests/fixtures/broken/orgs/test-admin/accounts/test-admin-vk.yaml', lines: { begin: 6 } },
		});
		expect(stdout).not.toContain('test-admin.yaml');
		expect(new Set(report.map((r) => r.fingerprint)).size).toBe(report.length);
	});

	it('prints JSON with counts', () => {
		const { stdout } = runCli('check', ['--data', 'tests/fixtures/broken', '--format', 'json']);
		const report = JSON.parse(stdout);
		expect(report).toMatchObject({ ok: false, errorCount: 5, warningCount: 1, confidentialCount: 1, today: '2026-10-05' });
		expect(report.findings).toHaveLength(5);
		expect(report.findings[0]).toMatchObject({
			ruleId: 'schema-valid',
			file: 'tests/fixtures/broken/orgs/test-admin/accounts/test-admin-vk.yaml',
			line: 6,
			column: 1,
		});
	});

	it('prints JUnit XML with one failure per error', () => {
		const { stdout } = runCli('check', ['--data', 'tests/fixtures/broken', '--format', 'junit']);
		expect(stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
		expect(stdout.match(/<failure /g)).toHaveLength(5);
		expect(stdout).toContain('<testsuite name="schema-valid" tests="3" failures="3"');
	});

	it('prints a Markdown summary for a merge request', () => {
		const { stdout } = runCli('check', ['--data', 'tests/fixtures/broken', '--format', 'markdown']);
		expect(stdout).toMatchInlineSnapshot(`
			"## Проверка данных реестра: ❌ есть ошибки

			5 ошибок, 1 предупреждение. Проверено: 0 орг., 1 акк., 0 строк таблиц; дата проверки 2026-10-05.

			| Правило | Ошибок | Предупреждений |
			|---|---:|---:|
			| \`csv-canonical-form\` | 0 | 1 |
			| \`internal-data\` | 1 | 0 |
			| \`parse-error\` | 1 | 0 |
			| \`schema-valid\` | 3 | 0 |

			| | Где | Что не так |
			|---|---|---|
			| ❌ | \`tests/fixtures/broken/internal\` | Во внутренних данных (контакты сотрудников, отметки о безопасности страниц) 1 ошибка и 0 предупреждений. Здесь они не показываются: подробности — в выводе npm run check (формат stylish) в журнале задания CI, закрытом от посторонних, или при проверке на своём компьютере. |
			| ❌ | \`tests/fixtures/broken/orgs/test-admin/accounts/test-admin-vk.yaml:6:1\` | Неверные данные: неизвестное поле «netwrok»: проверьте написание или удалите его. |
			| ❌ | \`tests/fixtures/broken/orgs/test-admin/org.yaml:4:7\` | Неверные данные: поле «kind»: ожидалось одно из: regional-government, executive-body, local-administration, local-government-body, subordinate; указано «local-admin». |
			| ❌ | \`tests/fixtures/broken/orgs/test-admin/org.yaml:6:6\` | Неверные данные: поле «inn»: ИНН: ожидалось 10 цифр с верной контрольной цифрой. |
			| ⚠️ | \`tests/fixtures/broken/orgs/test-admin/stats/2026-q3.csv:1:1\` | Таблица не в едином формате (разделитель «;», русские заголовки, даты в формате ДД.ММ.ГГГГ): приведите её командой npm run import -- tests/fixtures/broken/orgs/test-admin/stats/2026-q3.csv |
			| ❌ | \`tests/fixtures/broken/orgs/test-admin/stats/2026-q3.csv:3:26\` | Ошибка в таблице: ожидалось целое число, а не «2,5»: впишите целое число, например 12. [столбец «Публикаций»] |
			"
		`);
	});

	it('fails on warnings only with --strict', () => {
		const dir = copyFixture('valid');
		const stats = join(dir, 'orgs/test-admin/stats/2026-q3.csv');
		writeFileSync(
			stats,
			'account;week_start;posts\n' +
				Array.from({ length: 13 }, (_, i) => {
					const monday = new Date(Date.UTC(2026, 6, 6 + 7 * i)).toISOString().slice(0, 10);
					return `test-admin-vk;${monday};5\ntest-admin-ok;${monday};5\n`;
				}).join(''),
		);
		const lenient = runCli('check', ['--data', dir]);
		expect(lenient.code).toBe(0);
		expect(lenient.stdout).toContain('csv-canonical-form');
		expect(lenient.stdout).toContain('0 ошибок, 1 предупреждение');
		expect(runCli('check', ['--data', dir, '--strict']).code).toBe(1);
	});

	it.each([
		[
			'U+202E as written',
			'name: Администрация \u202EТестового муниципального района',
			'2:21',
			'знак 15: символ U+202E (смена направления текста) — он не виден, но меняет порядок букв',
		],
		[
			'U+0007 as a YAML escape',
			'name: "Администрация\\a Тестового муниципального района"',
			'2:21',
			'знак 14: символ U+0007 (звуковой сигнал) — это управляющий символ',
		],
	])('refuses an organisation name with %s, pointing at the character', (_name, line, at, message) => {
		const dir = copyFixture('valid');
		const org = join(dir, 'orgs/test-admin/org.yaml');
		writeFileSync(org, readFileSync(org, 'utf8').replace('name: Администрация Тестового муниципального района', line));
		const { code, stdout } = runCli('check', ['--data', dir]);
		expect(code).toBe(1);
		const finding = stdout.split('\n').find((text) => text.includes('поле «name»'));
		expect(finding).toContain(`${at} `);
		expect(finding).toContain(`Неверные данные: поле «name», ${message}`);
		expect(finding).toMatch(/удалите его \(такие символы попадают в текст при копировании из документов и браузера\)\.\s+schema-valid$/);
		// The report itself never carries the character: a terminal or CI log would render it.
		expect(stdout).not.toMatch(/[\u0007\u202E]/);
	});

	it.each([
		[['--format', 'xml'], 'Неизвестный формат «xml»'],
		[['--data', 'no/such/dir'], 'Папка с данными «no/such/dir» не найдена.'],
		[['--bogus'], 'Неверный вызов: нет такого параметра «--bogus»'],
		[['--format'], 'Неверный вызов: после «--format» нужно значение.'],
		[['--strict=yes'], 'Неверный вызов: у параметра «--strict» не может быть значения.'],
		[['stray'], 'Неверный вызов: лишний аргумент'],
		[['--today', '05.10.2026'], '--today: ожидалась дата ГГГГ-ММ-ДД'],
	])('exits 2 on bad usage %j, without a stack trace', (args, message) => {
		const { code, stdout, stderr } = runCli('check', args);
		expect(code).toBe(2);
		// Node's own English wording of argument errors never reaches the person at the terminal.
		expect(stderr).not.toMatch(/Unknown option|argument missing|does not take an argument|Unexpected argument/);
		expect(stdout).toBe('');
		expect(stderr).toContain(message);
		expect(stderr).toContain('Использование: npm run check');
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	it('writes the period digests for the build with --handoff, into a folder it creates', () => {
		const dir = join(mkdtempSync(join(tmpdir(), 'portal-check-')), 'handoff', 'nested');
		const { code } = runCli('check', ['--data', 'tests/fixtures/valid', '--handoff', dir]);
		expect(code).toBe(0);
		const digests = [...readDigests(dir, () => true)];
		expect(digests.map((d) => `${d.org} ${d.year}-q${d.quarter}`)).toEqual(['test-admin 2026-q3']);
		expect(digests[0]!.summary.accounts.length).toBeGreaterThan(0);
	});

	describe('internal data (staff contacts, security attestations)', () => {
		/** The valid tree with an internal value the schema rejects: `twoFactor: нет`. */
		function malformedInternal(): string {
			const dir = copyFixture('valid');
			const file = join(dir, 'internal/test-admin.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace('test-admin-vk: { twoFactor: true,', 'test-admin-vk: { twoFactor: нет,'));
			return dir;
		}

		it.each(['json', 'markdown', 'github', 'gitlab', 'junit'])(
			'--format %s counts an internal error without quoting it, and still exits 1',
			(format) => {
				const { code, stdout } = runCli('check', ['--data', malformedInternal(), '--format', format]);
				expect(code).toBe(1);
				expect(stdout).not.toContain('«нет»');
				expect(stdout).not.toContain('twoFactor');
				expect(stdout).toContain('журнале задания CI');
			},
		);

		it('the terminal output quotes it, with its place', () => {
			const { code, stdout } = runCli('check', ['--data', malformedInternal()]);
			expect(code).toBe(1);
			expect(stdout).toMatch(
				/internal\/test-admin\.yaml\n(?:.*\n)*\s+8:31\s+ошибка\s+Неверные данные: поле «security\.test-admin-vk\.twoFactor»: ожидалось: true или false; указано «нет»/,
			);
		});

		/** The valid tree with its internal folder moved out, as a clone of a private repository would be. */
		function apart(): { data: string; internal: string } {
			const data = copyFixture('valid');
			const internal = join(mkdtempSync(join(tmpdir(), 'portal-internal-')), 'private');
			renameSync(join(data, 'internal'), internal);
			return { data, internal };
		}

		it('--internal DIR reads internal data kept apart from the public data', () => {
			const { data, internal } = apart();
			const without = runCli('check', ['--data', data]);
			expect(without.code).toBe(1);
			expect(without.stdout).toContain('нет отметки о безопасности в');
			expect(runCli('check', ['--data', data, '--internal', internal]).code).toBe(0);
		});

		it('--internal DIR: findings name the real path of the file', () => {
			const { data, internal } = apart();
			const file = join(internal, 'test-admin.yaml');
			writeFileSync(file, readFileSync(file, 'utf8').replace('test-admin-vk: { twoFactor: true,', 'test-admin-vk: { twoFactor: нет,'));
			const { code, stdout } = runCli('check', ['--data', data, '--internal', internal], { cwd: join(internal, '..') });
			expect(code).toBe(1);
			expect(stdout).toMatch(
				/^private\/test-admin\.yaml\n\s+1:1\s+ошибка\s+Аккаунт «test-admin-ok»: нет отметки о безопасности в private\/test-admin\.yaml/,
			);
			expect(stdout).toMatch(/\n\s+8:31\s+ошибка\s+Неверные данные: поле «security\.test-admin-vk\.twoFactor»/);
			const json = JSON.parse(
				runCli('check', ['--data', data, '--internal', internal, '--format', 'json'], { cwd: join(internal, '..') }).stdout,
			);
			expect(json).toMatchObject({ ok: false, confidentialCount: 3, findings: [] });
		});

		it('--internal DIR: a file still in <data>/internal is reported, not read', () => {
			const { data, internal } = apart();
			cpSync(internal, join(data, 'internal'), { recursive: true });
			const { code, stdout } = runCli('check', ['--data', data, '--internal', internal]);
			expect(code).toBe(1);
			expect(stdout).toContain('внутренние сведения читаются из папки');
			expect(stdout).toMatch(/internal\/test-admin\.yaml\n\s+1:1\s+ошибка/);
			const markdown = runCli('check', ['--data', data, '--internal', internal, '--format', 'markdown']).stdout;
			expect(markdown).not.toContain('test-admin.yaml');
			expect(markdown).toContain('1 ошибка и 0 предупреждений');
		});

		it('--internal with a folder that does not exist is bad usage', () => {
			const { code, stderr } = runCli('check', ['--data', 'tests/fixtures/valid', '--internal', 'no/such/internal']);
			expect(code).toBe(2);
			expect(stderr).toContain('Папка внутренних сведений «no/such/internal» не найдена.');
		});
	});

	it('reports broken data that used to pass or crash, each located, with exit 1 and nothing else', { timeout: 60_000 }, () => {
		const dir = copyFixture('valid');
		const org = join(dir, 'orgs/test-admin');
		// Duplicate statistics week, a reply published before it was received, an unbounded count.
		appendFileSync(join(org, 'stats/2026-q3.csv'), 'test-admin-vk,2026-07-06,5,1000\ntest-admin-ok,2026-09-21,4,1000000000000000000000\n');
		appendFileSync(join(org, 'replies/2026-q3.csv'), '2,test-admin-vk,2026-07-08T09:00+03:00,,,,2026-07-08T08:00+03:00\n');
		// A second YAML document, an http:// link, org.yaml replaced by a folder, an account by a link.
		appendFileSync(join(org, 'accounts/test-admin-vk.yaml'), '---\nid: other\n');
		rmSync(join(org, 'org.yaml'));
		mkdirSync(join(org, 'org.yaml'));
		writeFileSync(join(dir, 'outside-ok.yaml'), readFileSync(join(org, 'accounts/test-admin-ok.yaml')));
		rmSync(join(org, 'accounts/test-admin-ok.yaml'));
		symlinkSync(join(dir, 'outside-ok.yaml'), join(org, 'accounts/test-admin-ok.yaml'));
		rmSync(join(dir, 'outside-ok.yaml'));
		writeFileSync(
			join(org, 'accounts/test-admin-tg.yaml'),
			'id: test-admin-tg\norg: test-admin\nnetwork: tg\nurl: http://t.me/test_admin\nname: Администрация\nstatus: active\n',
		);
		const { code, stdout, stderr } = runCli('check', ['--data', dir, '--format', 'json']);
		expect(stderr).toBe('');
		expect(code).toBe(1);
		const report = JSON.parse(stdout) as {
			findings: { ruleId: string; file: string; line: number; column: number; messageId: string; header?: string }[];
		};
		const at = (f: (typeof report.findings)[number]) =>
			`${f.ruleId}/${f.messageId} ${f.file.slice(f.file.indexOf('orgs/'))}:${f.line}:${f.column}${f.header ? ` [${f.header}]` : ''}`;
		expect(report.findings.map(at).sort()).toEqual(
			[
				'file-layout/notRegularFile orgs/test-admin/accounts/test-admin-ok.yaml:1:1',
				'file-layout/notRegularFile orgs/test-admin/org.yaml:1:1',
				'parse-error/yaml orgs/test-admin/accounts/test-admin-vk.yaml:24:1',
				'schema-valid/duplicateRow orgs/test-admin/stats/2026-q3.csv:28:15 [week_start]',
				'schema-valid/shape orgs/test-admin/accounts/test-admin-tg.yaml:4:6',
				'schema-valid/shape orgs/test-admin/replies/2026-q3.csv:3:43 [published]',
				'schema-valid/shape orgs/test-admin/stats/2026-q3.csv:29:28 [views]',
			].sort(),
		);
	});

	it('prints usage with --help', () => {
		const { code, stdout } = runCli('check', ['--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('Код выхода: 0 — ошибок нет, 1 — есть ошибки, 2 — неверный вызов');
	});
});
