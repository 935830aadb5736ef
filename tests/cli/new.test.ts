/**
 * `npm run new`: a planned account from a link that the check accepts as is, refusals of pages
 * already registered (under another address form too) and of look-alikes, a new organisation, and
 * usage errors. Each test works on its own copy of the `valid` fixture.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/engine/run.ts';
import { AccountSchema } from '../../src/schemas/account.ts';
import { OrganisationSchema } from '../../src/schemas/organisation.ts';
import { schemaCommentLine } from '../../src/schemas/json-schema.ts';
import { copyFixture, ROOT } from './run-cli.ts';

function runNew(args: string[]) {
	const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/new.ts'), ...args], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0', DEBUG: '' },
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
const errorsOf = (dir: string) =>
	runCheck({ dataDir: dir, cwd: dir })
		.findings.filter((f) => f.severity === 'error')
		.map((f) => `${f.file}: ${f.ruleId} ${f.message}`);

describe('npm run new -- account', () => {
	it('creates a planned account that passes the check, and says what to fill next', () => {
		const tree = copyFixture('valid');
		const { code, stdout, stderr } = runNew([
			'account',
			'--org',
			'test-admin',
			'--url',
			'http://T.me/s/test_admin_news?x=1',
			'--name',
			'Новости Тестового района',
			'--data',
			tree,
		]);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const path = join(tree, 'orgs/test-admin/accounts/test-admin-tg.yaml');
		const text = readFileSync(path, 'utf8');
		expect(text.split('\n')[0]).toBe(schemaCommentLine('account', 3));
		const account = AccountSchema.parse(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }));
		expect(account).toMatchObject({
			id: 'test-admin-tg',
			org: 'test-admin',
			network: 'tg',
			url: 'https://t.me/test_admin_news',
			name: 'Новости Тестового района',
			status: 'planned',
		});
		expect(account.opened).toBeUndefined();
		// The checklist of the organisation's acts, unticked: what to do before the page goes active.
		expect(Object.values(account.profile).every((v) => v === false)).toBe(true);
		expect(Object.keys(account.profile).length).toBeGreaterThan(0);
		expect(stdout).toContain('Создан файл');
		expect(stdout).toContain('Что заполнить дальше');
		expect(stdout).toContain('status: active');
		expect(errorsOf(tree)).toEqual([]);
	});

	it('numbers the id when the organisation already has a page in that network', () => {
		const tree = copyFixture('valid');
		const { code } = runNew(['account', '--org', 'test-admin', '--url', 'https://vk.com/test_admin_head', '--data', tree]);
		expect(code).toBe(0);
		const text = readFileSync(join(tree, 'orgs/test-admin/accounts/test-admin-vk-2.yaml'), 'utf8');
		expect(text).toContain('id: test-admin-vk-2\n');
		// Without --name the organisation's short name stands in, and the output says to check it.
		expect(errorsOf(tree)).toEqual([]);
	});

	it('refuses a page already registered, also under its numeric address form', () => {
		const tree = copyFixture('valid');
		const before = files(tree);
		for (const url of ['https://vk.com/test_admin', 'https://m.vk.com/club1234567', 'vk.com/public1234567']) {
			const { code, stdout } = runNew(['account', '--org', 'test-admin', '--url', url, '--data', tree]);
			expect(code, url).toBe(1);
			expect(stdout, url).toContain('уже есть в реестре');
			expect(stdout, url).toContain('test-admin-vk');
		}
		expect(files(tree)).toEqual(before);
	});

	it('refuses a look-alike of a registered page and a link that imitates a network', () => {
		const tree = copyFixture('valid');
		const before = files(tree);
		const similar = runNew(['account', '--org', 'test-admin', '--url', 'https://vk.com/test_adrnin', '--data', tree]);
		expect(similar.code).toBe(1);
		expect(similar.stdout).toContain('почти совпадает с адресом зарегистрированной страницы «test-admin-vk»');
		const oneEdit = runNew(['account', '--org', 'test-admin', '--url', 'https://vk.com/test_admim', '--data', tree]);
		expect(oneEdit.code).toBe(1);
		const fake = runNew(['account', '--org', 'test-admin', '--url', 'https://vk.com.login-check.example/test_admin', '--data', tree]);
		expect(fake.code).toBe(1);
		expect(fake.stdout).toContain('похожа на подделку');
		const notPage = runNew(['account', '--org', 'test-admin', '--url', 'https://example.com/', '--data', tree]);
		expect(notPage.code).toBe(1);
		expect(files(tree)).toEqual(before);
	});

	it('refuses an organisation that does not exist', () => {
		const tree = copyFixture('valid');
		const { code, stdout } = runNew(['account', '--org', 'no-such-org', '--url', 'https://vk.com/whatever_page', '--data', tree]);
		expect(code).toBe(1);
		expect(stdout).toContain('npm run new -- org --id no-such-org');
	});
});

describe('npm run new -- org', () => {
	const args = (tree: string, id = 'test-school') => [
		'org',
		'--id',
		id,
		'--name',
		'МБОУ «Тестовая средняя школа»',
		'--short-name',
		'Тестовая СОШ',
		'--kind',
		'subordinate',
		'--inn',
		'7701234560',
		'--ogrn',
		'1027700123450',
		'--address',
		'999100, Тестовый район, ул. Школьная, д. 1',
		'--parent',
		'test-admin',
		'--phone',
		'+7 (49999) 1-23-45',
		'--data',
		tree,
	];

	it('creates org.yaml and the internal file; the tree still passes the check', () => {
		const tree = copyFixture('valid');
		const { code, stdout, stderr } = runNew(args(tree));
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const text = readFileSync(join(tree, 'orgs/test-school/org.yaml'), 'utf8');
		expect(text.split('\n')[0]).toBe(schemaCommentLine('organisation', 2));
		expect(OrganisationSchema.parse(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }))).toMatchObject({
			id: 'test-school',
			parent: 'test-admin',
			phones: ['+7 (49999) 1-23-45'],
		});
		expect(readFileSync(join(tree, 'internal/test-school.yaml'), 'utf8')).toBe(`${schemaCommentLine('internal', 1)}\norg: test-school\n`);
		expect(stdout).toContain('npm run new -- account --org test-school');
		// The files are valid; what is left is the acts' demand for live pages, and the output warned of it.
		expect(stdout).toContain('required-networks');
		const errors = errorsOf(tree);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.filter((e) => !e.startsWith('orgs/test-school/org.yaml: required-networks'))).toEqual([]);
		// Its first page, planned: still valid.
		expect(runNew(['account', '--org', 'test-school', '--url', 'https://vk.com/test_school_page', '--data', tree]).code).toBe(0);
		expect(errorsOf(tree).filter((e) => !e.includes('required-networks'))).toEqual([]);
	});

	it('refuses an existing id and invalid values, writing nothing', () => {
		const tree = copyFixture('valid');
		const before = files(tree);
		const again = runNew(args(tree, 'test-admin'));
		expect(again.code).toBe(1);
		expect(again.stdout).toContain('уже есть');
		const bad = runNew([...args(tree), '--inn', '1234567890']);
		expect(bad.code).toBe(1);
		expect(bad.stdout).toContain('ИНН');
		expect(files(tree)).toEqual(before);
	});
});

describe('npm run new: usage', () => {
	it.each([
		[[], 'account или org'],
		[['page'], 'Неизвестный вид записи'],
		[['account', '--org', 'test-admin'], '--url'],
		[['account', '--org', 'test-admin', '--url', 'https://vk.com/x', '--kind', 'subordinate'], 'не относятся к account'],
		[
			['org', '--id', 'x', '--name', 'Имя', '--kind', 'ministry', '--inn', '1', '--ogrn', '1', '--address', 'адрес'],
			'Неизвестный вид организации',
		],
		[['account', '--bogus'], 'Неверный вызов'],
		[['account', '--org', 'a', '--url', 'https://vk.com/x', '--data', '/nonexistent/tree'], 'не найдена'],
	])('%j → exit 2', (args, message) => {
		const { code, stdout, stderr } = runNew(args as string[]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain(message);
		expect(stderr).toContain('Использование:');
	});

	it('--help prints the usage and exits 0', () => {
		const { code, stdout } = runNew(['--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('npm run new -- account');
	});

	it('the fixture is left alone by a refused run', () => {
		expect(existsSync(join(ROOT, 'tests/fixtures/valid/orgs/test-admin/accounts/test-admin-tg.yaml'))).toBe(false);
	});
});
