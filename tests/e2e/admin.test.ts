/**
 * The form editor at /admin/ in Chromium, on the built demo site as a new clerk finds it: Decap's
 * in-memory `test-repo` backend with nothing seeded by the test. The sandbox must show the
 * registry's own organisations and pages (sandbox.json), the pick lists must be filled, the text
 * Russian, dates typed as ДД.ММ.ГГГГ, and the link checked against the registry before saving: a
 * page already registered (under another address form) and a look-alike of one are refused. A page
 * entered in the form is saved as YAML that `npm run check` accepts on a copy of data/.
 * Screenshots of each step go to tests/e2e/screenshots/ for people to look at.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import jsYaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { decapFields } from '../../src/editor/decap.ts';
import { AccountSchema } from '../../src/schemas/account.ts';
import { schemaCommentLine } from '../../src/schemas/json-schema.ts';
import { test } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = join(ROOT, 'data');
const SHOTS = join(import.meta.dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const temps: string[] = [];
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const orgIds = readdirSync(join(DATA, 'orgs')).sort();
const accountCount = readdirSync(join(DATA, 'orgs'), { recursive: true, encoding: 'utf8' }).filter((p) =>
	/\/accounts\/[^/]+\.yaml$/.test(p),
).length;

/** Opens the editor as a clerk does: the page, then «Войти» (the sandbox needs no password). */
async function openAdmin(page: Page): Promise<void> {
	await page.goto('/admin/');
	await page.getByRole('button', { name: 'Войти' }).click();
	await poll(() => page.getByRole('link', { name: 'Официальные страницы' }).count()).toBeGreaterThan(0);
}

/**
 * expect.poll with room for a busy machine: Decap's lists, its relation search (debounced, then
 * asynchronous) and the registry's answer take seconds when the CPU is shared, not Vitest's 1 s.
 */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000 });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form control by its field label (Decap adds «(не обязательно)» to optional ones). */
const control = (page: Page, label: string) => page.getByLabel(new RegExp(`^${escape(label)}( \\(не обязательно\\))?$`));

/** Picks an option of a Decap select or relation widget (react-select) by typing part of its label. */
async function choose(page: Page, label: string, text: string): Promise<void> {
	await control(page, label).click();
	await page.keyboard.type(text);
	await page.locator('[class*="-option"]', { hasText: text }).first().click();
}

/**
 * The link widget's verdict under a field (the page's link unless another is given, e.g. one of its
 * other address forms), once the registry has answered.
 */
async function linkVerdict(page: Page, field = control(page, 'Официальная ссылка')): Promise<{ state: string; text: string }> {
	const note = page.locator(`[id="${await field.getAttribute('aria-describedby')}"]`);
	await poll(() => note.getAttribute('data-state')).not.toBe('checking');
	return { state: (await note.getAttribute('data-state')) ?? '', text: await note.innerText() };
}

/** What the sandbox holds as unsaved changes (with the editorial workflow, one per merge request). */
function unpublished(page: Page): Promise<{ path: string; content: string }[]> {
	return page.evaluate(() => {
		const entries =
			(window as unknown as { repoFilesUnpublished?: Record<string, { diffs: { path: string; content: string }[] }> })
				.repoFilesUnpublished ?? {};
		return Object.values(entries).flatMap((entry) => entry.diffs.map(({ path, content }) => ({ path, content })));
	});
}

/**
 * English or broken text on screen: Decap's untranslated phrases, react-select's defaults, a
 * Latin letter inside a Russian word («Cтатус»), the full-width plus that system fonts lack.
 */
async function foreignText(page: Page): Promise<string[]> {
	const text = await page.locator('body').innerText();
	const found = [
		...text.matchAll(
			/\b(?:entry|entries|No options|Select\.\.\.|Loading\.\.\.|Test Backend|Notes?|Save|Cancel|Delete)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|[A-Za-z][а-яё]|[а-яё][A-Za-z]|\uFF0B/gi,
		),
	].map((m) => m[0]);
	return [...new Set(found)];
}

/** Entries of a collection list, scrolled to the end: Decap shows them twenty at a time as the list scrolls. */
async function allEntries(page: Page, collection: string, expected: number) {
	const entries = page.locator(`a[href*="/collections/${collection}/entries/"]`);
	await expect
		.poll(
			async () => {
				const count = await entries.count();
				if (count > 0 && count < expected) await entries.last().scrollIntoViewIfNeeded();
				return count;
			},
			{ timeout: 30_000 },
		)
		.toBe(expected);
	return entries;
}

/** The save state under the collection's name in the editor's top bar, as its text is written (the bar shows it in capitals). */
async function saveState(page: Page): Promise<string> {
	const texts = await page.locator('a[href*="/collections/"] > div > div').allTextContents();
	return (texts[1] ?? '').toLowerCase();
}

async function shoot(page: Page, name: string): Promise<void> {
	const png = await page.screenshot({ path: join(SHOTS, `admin-${name}.png`) });
	expect(png.length).toBeGreaterThan(10_000);
}

test('opens with the registry’s own organisations and pages, in Russian', async ({ page }) => {
	await openAdmin(page);
	await page.goto('/admin/#/collections/orgs');
	const orgs = await allEntries(page, 'orgs', orgIds.length);
	for (const href of await orgs.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
		expect(href).toMatch(/\/entries\/[a-z0-9-]+\/org$/);
	await page.evaluate(() => window.scrollTo(0, 0));
	await shoot(page, 'orgs');
	expect(await foreignText(page)).toEqual([]);

	await page.goto('/admin/#/collections/accounts');
	const accounts = await allEntries(page, 'accounts', accountCount);
	// Each line is the page's name and its https address: no network or organisation code.
	for (const text of await accounts.allTextContents()) {
		expect(text).toMatch(/^\S.* — https:\/\/\S+$/);
		expect(text).not.toMatch(/ — (vk|ok|tg|max|dzen|rutube|youtube|fb|ig|x)\b| \([a-z0-9-]+\)$/);
	}
	expect(await page.getByText('Добавить: Страница', { exact: true }).count()).toBe(1);
	await page.evaluate(() => window.scrollTo(0, 0));
	await shoot(page, 'accounts');
	expect(await foreignText(page)).toEqual([]);

	await page.goto('/admin/#/workflow');
	await poll(() => page.getByText('Черновики').count()).toBeGreaterThan(0);
	expect(await page.getByText(/Записей: 0/).count()).toBe(3);
	await shoot(page, 'workflow');
	expect(await foreignText(page)).toEqual([]);
}, 120_000);

test('an existing page opens with its values, dates as ДД.ММ.ГГГГ, its own link accepted', async ({ page }) => {
	await openAdmin(page);
	await page.goto('/admin/#/collections/accounts/entries/primer-admin/accounts/primer-admin-vk');
	await poll(() => control(page, 'Постоянный идентификатор').inputValue()).toBe('primer-admin-vk');
	// opened: 2022-06-24 in the file.
	expect(await control(page, 'Дата создания страницы').inputValue()).toBe('24.06.2022');
	expect(await linkVerdict(page)).toMatchObject({ state: 'ok' });
	// Its other address form (the numeric one) is checked too, and is its own.
	const alias = page.locator('input[type="url"]').nth(1);
	expect(await alias.inputValue()).toBe('https://vk.com/club224236283');
	expect(await linkVerdict(page, alias)).toMatchObject({ state: 'ok' });
	// Opened and left as it is, the page has no unsaved changes.
	expect(await saveState(page)).toBe('изменения сохранены');
	await shoot(page, 'existing');
	expect(await foreignText(page)).toEqual([]);
}, 120_000);

test('the account form shows every schema field, and enums as Russian options', async ({ page }) => {
	await openAdmin(page);
	await page.goto('/admin/#/collections/accounts/new');
	const fields = decapFields('account');
	await poll(() => page.getByText(fields[0]!.label, { exact: true }).count()).toBeGreaterThan(0);
	// Every top-level field and every field of a group, by its label: the form is the schema.
	const labels = (await page.locator('label').allTextContents()).map((text) => text.replace(/ \(не обязательно\)$/, ''));
	const expected = fields.flatMap((field) => [field.label, ...(field.fields ?? []).map((child) => child.label)]);
	expect(expected.filter((label) => !labels.includes(label))).toEqual([]);
	await control(page, 'Статус').click();
	const options = await page.locator('[class*="-option"]').allTextContents();
	// The words the public site uses for the values, never the codes.
	expect(options).toEqual(['Планируется', 'Действует', 'Приостановлена', 'Закрыта']);
	await page.keyboard.press('Escape');
	await control(page, 'Социальная сеть').click();
	const networks = await page.locator('[class*="-option"]').allTextContents();
	expect(networks).toContain('ВКонтакте');
	expect(networks.filter((label) => /\((vk|ok|tg|max|dzen|rutube|youtube|fb|ig|x)\)$/.test(label))).toEqual([]);
	await page.keyboard.press('Escape');
	// The organisation pick list holds the registry's organisations by name (the id after it), the
	// name whose words begin with what was typed first, and says so in Russian when nothing matches.
	const org = control(page, 'Организация-владелец');
	await org.click();
	await poll(() => page.locator('[class*="-option"]').count()).toBeGreaterThan(0);
	await page.keyboard.type('Прим');
	await poll(() => page.locator('[class*="-option"]').first().textContent()).toBe('Администрация Примерного района (primer-admin)');
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Backspace');
	await page.keyboard.type('примерного адм');
	await poll(() => page.locator('[class*="-option"]').first().textContent()).toBe('Администрация Примерного района (primer-admin)');
	await shoot(page, 'org-search');
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Backspace');
	await page.keyboard.type('нет-такой-организации');
	await poll(() => page.getByText('Ничего не найдено').count()).toBe(1);
	await shoot(page, 'no-options');
	expect(await foreignText(page)).toEqual([]);
}, 120_000);

test('a registered page and a look-alike are refused before saving; a new page is saved as YAML the check accepts', async ({
	page,
	problems,
}) => {
	// Decap rejects its save promise with no reason when a field's validation stops the save; the
	// page shows the field's message (asserted below), the rejection itself carries nothing.
	problems.allow(/^page error: undefined$/);
	await openAdmin(page);
	await page.goto('/admin/#/collections/accounts/new');
	// An untouched new form is not «saved»: it says it is new and not saved yet.
	await poll(() => saveState(page)).toBe('новая запись, ещё не сохранена');
	await control(page, 'Постоянный идентификатор').fill('primer-library-dzen');
	await poll(() => saveState(page)).toBe('есть несохранённые изменения');
	await choose(page, 'Организация-владелец', 'Центральная библиотека');
	expect(await page.getByText('Центральная библиотека Примерного района (primer-library)', { exact: true }).count()).toBe(1);
	await choose(page, 'Социальная сеть', 'MAX');
	await control(page, 'Название страницы').fill('Центральная библиотека Примерного района');
	await choose(page, 'Статус', 'Планируется');
	// Typed the Russian way; stored as ISO.
	await control(page, 'Дата создания страницы').fill('01.10.2026');
	// A field typed into and emptied again must vanish from the file, not be saved as "".
	const registered = control(page, 'Дата внесения в реестр');
	await registered.fill('02.10.2026');
	await registered.fill('');
	const link = control(page, 'Официальная ссылка');
	const save = page.getByRole('button', { name: 'Сохранить', exact: true });

	// The museum's VK page, in its mobile form: registered to another organisation.
	await link.fill('https://m.vk.com/primer_muzey?from=search');
	const taken = await linkVerdict(page);
	expect(taken.state).toBe('refused');
	expect(taken.text).toContain('уже есть в реестре');
	expect(taken.text).toContain('primer-museum-vk');
	// The refusal links to the existing record's public page.
	const record = page.locator('.portal-link-note--refused a');
	expect(await record.textContent()).toBe('Открыть запись primer-museum-vk на сайте');
	expect(new URL((await record.getAttribute('href'))!).pathname).toBe('/akkaunt/primer-museum-vk/');
	await save.click();
	await poll(() => page.getByText('уже есть в реестре').count()).toBeGreaterThan(0);
	await shoot(page, 'refused-registered');
	expect(await unpublished(page)).toEqual([]);

	// The same page with a Cyrillic «е» in its name: a look-alike, naming the real page.
	await link.fill('https://vk.com/primer_muz\u0435y');
	const lookalike = await linkVerdict(page);
	expect(lookalike.state).toBe('refused');
	expect(lookalike.text).toContain('https://vk.com/primer_muzey');
	await save.click();
	await shoot(page, 'refused-lookalike');
	expect(await unpublished(page)).toEqual([]);

	// Another record's numeric address, entered as this page's other address form: refused the same way.
	// An empty list shows no count («0 другие формы адреса» it used to say), one form is «1 форма адреса».
	expect(await page.getByText(/^\d+\s+(другие )?форм/).count()).toBe(0);
	await page.getByRole('button', { name: 'Добавить форму адреса' }).click();
	await poll(() => page.getByText('1\u00a0форма адреса', { exact: true }).count()).toBe(1);
	const alias = page.locator('input[type="url"]').nth(1);
	await alias.fill('https://vk.com/club224236283');
	const aliasTaken = await linkVerdict(page, alias);
	expect(aliasTaken).toMatchObject({ state: 'refused', text: expect.stringContaining('primer-admin-vk') });
	expect(aliasTaken.text).toContain('уже есть в реестре');
	const aliasRecord = page.locator(`[id="${await alias.getAttribute('aria-describedby')}"] a`);
	expect(new URL((await aliasRecord.getAttribute('href'))!).pathname).toBe('/akkaunt/primer-admin-vk/');
	await save.click();
	await shoot(page, 'refused-alias');
	expect(await unpublished(page)).toEqual([]);
	await alias.fill('https://dzen.ru/id/5f1a2b3c4d5e6f7a8b9c0d1e');
	expect(await linkVerdict(page, alias)).toMatchObject({ state: 'ok', text: expect.stringContaining('формы адреса нет в реестре') });

	// A free page, on another network than the one chosen: the network follows from the link.
	await link.fill('https://dzen.ru/primer_biblioteka/?utm_source=vk');
	expect(await linkVerdict(page)).toMatchObject({ state: 'ok', text: expect.stringContaining('https://dzen.ru/primer_biblioteka') });
	expect((await linkVerdict(page)).text).toContain('сеть — Дзен');
	await shoot(page, 'ready');
	expect(await foreignText(page)).toEqual([]);
	await save.click();
	await poll(() => page.getByText('Запись сохранена').count()).toBeGreaterThan(0);
	// Once saved, the form says so (it used to show «unsaved changes» for the page just saved).
	await poll(() => page.url()).toContain('/entries/primer-library/accounts/primer-library-dzen');
	await poll(() => saveState(page)).toBe('изменения сохранены');
	await shoot(page, 'saved');
	// And stays so: the organisation pick list repeating its value when the form is rebuilt is no change.
	await page.waitForTimeout(3000);
	expect(await saveState(page)).toBe('изменения сохранены');

	const diffs = await unpublished(page);
	expect(diffs.map((diff) => diff.path)).toEqual(['data/orgs/primer-library/accounts/primer-library-dzen.yaml']);
	const text = diffs[0]!.content;
	expect(text.split('\n')[0]).toBe(schemaCommentLine('account', 3));
	expect(text).not.toContain("''");
	const value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
	// The link as the registry keeps it (no tracking tail, no slash), the date as the schema wants it.
	expect(AccountSchema.parse(value)).toMatchObject({
		id: 'primer-library-dzen',
		org: 'primer-library',
		network: 'dzen',
		url: 'https://dzen.ru/primer_biblioteka',
		status: 'planned',
		opened: '2026-10-01',
		aliases: ['https://dzen.ru/id/5f1a2b3c4d5e6f7a8b9c0d1e'],
	});
	expect(value).not.toHaveProperty('registered');

	// `npm run check` on a copy of data/ with the new file in place.
	const tree = mkdtempSync(join(tmpdir(), 'portal-admin-'));
	temps.push(tree);
	cpSync(DATA, join(tree, 'data'), { recursive: true });
	const target = join(tree, diffs[0]!.path);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, text);
	const check = spawnSync(process.execPath, [join(ROOT, 'src/cli/check.ts'), '--data', join(tree, 'data'), '--format', 'json'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0' },
	});
	expect(check.status, `${check.stdout.slice(0, 2000)}\n${check.stderr.slice(0, 2000)}`).toBe(0);
	const report = JSON.parse(check.stdout) as { findings: { severity: string; file: string }[]; counts: { accounts: number } };
	expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
	expect(report.counts.accounts).toBe(accountCount + 1);
}, 180_000);
