/**
 * The form editor at /admin/ in Chromium, against Decap's in-memory `test-repo` backend (the page's
 * config.json is rewritten on the fly, so this works whatever backend the site was built with):
 * it starts under its own CSP without errors, lists accounts but not org.yaml, shows every field of
 * the account schema with Russian labels and enum values, and a page entered in the form is saved as
 * YAML that the Zod schema and the whole check accept.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import jsYaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { decapFields } from '../../src/editor/decap.ts';
import { runCheck } from '../../src/engine/run.ts';
import { AccountSchema } from '../../src/schemas/account.ts';
import { schemaCommentLine } from '../../src/schemas/json-schema.ts';
import { test } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = join(ROOT, 'data');

const temps: string[] = [];
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

type RepoTree = { [name: string]: RepoTree | { path: string; content: string } };

/** data/orgs as Decap's test backend keeps files: a tree of {path, content}. */
function repoTree(): RepoTree {
	const orgs: RepoTree = {};
	for (const org of readdirSync(join(DATA, 'orgs'))) {
		const file = (rel: string) => ({ path: `data/orgs/${org}/${rel}`, content: readFileSync(join(DATA, 'orgs', org, rel), 'utf8') });
		const accountsDir = join(DATA, 'orgs', org, 'accounts');
		const accounts: RepoTree = {};
		for (const name of existsSync(accountsDir) ? readdirSync(accountsDir) : []) accounts[name] = file(`accounts/${name}`);
		orgs[org] = { 'org.yaml': file('org.yaml'), accounts };
	}
	return orgs;
}

/** Opens the editor on the test backend, seeded with the demo organisations and accounts, and logs in. */
async function openAdmin(page: Page): Promise<void> {
	await page.route('**/admin/config.json', async (route) => {
		const response = await route.fetch();
		const settings = await response.json();
		settings.cms.backend = { name: 'test-repo' };
		await route.fulfill({ response, json: settings });
	});
	// The test backend lists a folder by its literal key ('data/orgs') but reads a file by walking
	// path segments (data → orgs), so the same tree is hung under both.
	await page.addInitScript((orgs) => {
		(window as unknown as { repoFiles: unknown }).repoFiles = { 'data/orgs': orgs, data: { orgs } };
	}, repoTree());
	await page.goto('/admin/');
	await page.getByRole('button', { name: 'Войти' }).click();
	await expect.poll(() => page.getByRole('link', { name: 'Официальные страницы' }).count()).toBeGreaterThan(0);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form control by its field label (Decap adds «(необязательный)» to optional ones). */
const control = (page: Page, label: string) => page.getByLabel(new RegExp(`^${escape(label)}( \\(необязательный\\))?$`));

/** Picks an option of a Decap select or relation widget (react-select) by typing part of its label. */
async function choose(page: Page, label: string, text: string): Promise<void> {
	await control(page, label).click();
	await page.keyboard.type(text);
	await page.locator('[class*="-option"]', { hasText: text }).first().click();
}

test('lists accounts and only accounts: org.yaml in the same folder is filtered out', async ({ page }) => {
	await openAdmin(page);
	await page.goto('/admin/#/collections/accounts');
	const entries = page.locator('a[href*="/collections/accounts/entries/"]');
	await expect.poll(() => entries.count()).toBeGreaterThan(0);
	for (const text of await entries.allTextContents()) expect(text).toMatch(/ — (vk|ok|tg|max|dzen|rutube|youtube|fb|ig|x) \([a-z0-9-]+\)$/);
	// And an existing file opens with its values.
	await page.goto('/admin/#/collections/accounts/entries/primer-admin/accounts/primer-admin-vk');
	await expect.poll(() => control(page, 'Постоянный идентификатор').inputValue()).toBe('primer-admin-vk');
});

test('lists organisations, one entry per org.yaml, and opens one with its values', async ({ page }) => {
	await openAdmin(page);
	await page.goto('/admin/#/collections/orgs');
	const entries = page.locator('a[href*="/collections/orgs/entries/"]');
	await expect.poll(() => entries.count()).toBeGreaterThan(0);
	for (const href of await entries.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) expect(href).toMatch(/\/entries\/[a-z0-9-]+\/org$/);
	await page.goto('/admin/#/collections/orgs/entries/primer-admin/org');
	await expect.poll(() => control(page, 'Постоянный идентификатор').inputValue()).toBe('primer-admin');
	await expect.poll(() => control(page, 'ИНН организации').inputValue()).toMatch(/^\d{10}$/);
});

test('the account form shows every schema field, and enums as Russian options', async ({ page }) => {
	await openAdmin(page);
	await page.goto('/admin/#/collections/accounts/new');
	const fields = decapFields('account');
	await expect.poll(() => page.getByText(fields[0]!.label, { exact: true }).count()).toBeGreaterThan(0);
	// Every top-level field and every field of a group, by its label: the form is the schema.
	const labels = (await page.locator('label').allTextContents()).map((text) => text.replace(/ \(необязательный\)$/, ''));
	const expected = fields.flatMap((field) => [field.label, ...(field.fields ?? []).map((child) => child.label)]);
	expect(expected.filter((label) => !labels.includes(label))).toEqual([]);
	await control(page, 'Статус').click();
	const options = await page.locator('[class*="-option"]').allTextContents();
	expect(options).toEqual(['Планируется (planned)', 'Действует (active)', 'Приостановлена (suspended)', 'Закрыта (closed)']);
	await page.keyboard.press('Escape');
	await control(page, 'Социальная сеть').click();
	expect(await page.locator('[class*="-option"]').allTextContents()).toContain('ВКонтакте (vk)');
});

test('a page entered in the form is saved as YAML that the schema and the check accept', async ({ page }) => {
	await openAdmin(page);
	await page.goto('/admin/#/collections/accounts/new');
	await control(page, 'Постоянный идентификатор').fill('primer-library-dzen');
	await choose(page, 'Организация-владелец', 'primer-library');
	await choose(page, 'Социальная сеть', 'Дзен');
	await control(page, 'Официальная ссылка').fill('https://dzen.ru/primer_biblioteka');
	await control(page, 'Название страницы').fill('Центральная библиотека Примерного района');
	await choose(page, 'Статус', 'Планируется');
	// A field typed into and emptied again must vanish from the file, not be saved as "".
	const opened = control(page, 'Дата создания страницы');
	await opened.fill('2026-01-01');
	await opened.fill('');
	await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
	await expect.poll(() => page.getByText('Запись сохранена').count()).toBeGreaterThan(0);

	// With the editorial workflow a save is an unpublished entry (a merge request on GitLab).
	const diffs = await page.evaluate(() => {
		const unpublished = (window as unknown as { repoFilesUnpublished: Record<string, { diffs: { path: string; content: string }[] }> }).repoFilesUnpublished;
		return Object.values(unpublished).flatMap((entry) => entry.diffs.map(({ path, content }) => ({ path, content })));
	});
	expect(diffs.map((diff) => diff.path)).toEqual(['data/orgs/primer-library/accounts/primer-library-dzen.yaml']);
	const text = diffs[0]!.content;
	expect(text.split('\n')[0]).toBe(schemaCommentLine('account', 3));
	expect(text).not.toContain("''");
	const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
	expect(AccountSchema.parse(value)).toMatchObject({ id: 'primer-library-dzen', org: 'primer-library', network: 'dzen', status: 'planned' });

	// The whole check, on a copy of data/ with the new file in place.
	const tree = mkdtempSync(join(tmpdir(), 'portal-admin-'));
	temps.push(tree);
	cpSync(DATA, tree, { recursive: true });
	const target = join(tree, diffs[0]!.path.replace(/^data\//, ''));
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, text);
	const result = runCheck({ dataDir: tree, cwd: tree });
	const errors = result.findings.filter((finding) => finding.severity === 'error');
	expect(errors.map((f) => `${f.file}: ${f.ruleId} ${f.message}`)).toEqual([]);
	expect(result.counts.accounts).toBe(readdirSync(join(DATA, 'orgs'), { recursive: true, encoding: 'utf8' }).filter((p) => /\/accounts\/[^/]+\.yaml$/.test(p)).length + 1);
});
