/**
 * The Decap CMS configuration is generated from the schemas: every schema field is in the form,
 * every enum offers exactly the schema's values with Russian labels, and the backend comes from the
 * build's environment. `coverage` is the check itself; it is also shown to catch a field the
 * generator dropped, so a field added to a Zod schema cannot silently miss the form.
 */
import { describe, expect, it } from 'vitest';
import {
	adminSettings,
	backendFromEnv,
	backendOrigins,
	decapConfig,
	decapFields,
	decapPhrases,
	FORMATS,
	WIDGETS,
	type DecapField,
} from '../../../src/editor/decap.ts';
import { entityFields, type Field } from '../../../src/editor/fields.ts';
import { AccountSchema } from '../../../src/schemas/account.ts';
import { OrganisationSchema } from '../../../src/schemas/organisation.ts';
import { schemaCommentLine } from '../../../src/schemas/json-schema.ts';
import { readBuildEnv } from '../../../src/lib/build-env.ts';

/** The backend of an environment as the build reads it (src/lib/build-env.ts). */
const fromEnv = (env: Record<string, string>, demo: boolean) => backendFromEnv(readBuildEnv(env).cms, demo);

/** Differences between schema fields and form fields: missing or extra names, enum options that differ. */
function coverage(fields: readonly Field[], form: readonly DecapField[], path = ''): string[] {
	const problems: string[] = [];
	const byName = new Map(form.map((f) => [f.name, f]));
	for (const extra of form.filter((f) => !fields.some((field) => field.name === f.name))) problems.push(`extra ${path}${extra.name}`);
	for (const field of fields) {
		const control = byName.get(field.name);
		const at = `${path}${field.name}`;
		if (!control) {
			problems.push(`missing ${at}`);
			continue;
		}
		const values =
			field.kind === 'enum' ? field.values : field.kind === 'list' && field.item?.kind === 'enum' ? field.item.values : undefined;
		if (values) {
			if (control.widget !== 'select') problems.push(`${at}: widget ${control.widget}, expected select`);
			const options = (control.options ?? []).map((o) => o.value);
			if (JSON.stringify(options) !== JSON.stringify(values)) problems.push(`${at}: options ${options.join(',')} ≠ ${values.join(',')}`);
			for (const option of control.options ?? [])
				if (option.label === option.value) problems.push(`${at}: option ${option.value} has no label`);
		}
		if (field.kind === 'object') problems.push(...coverage(field.fields!, control.fields ?? [], `${at}.`));
		if (field.kind === 'list' && field.item?.kind === 'object')
			problems.push(...coverage(field.item.fields!, control.fields ?? [], `${at}[].`));
	}
	return problems;
}

/** Every form field, group fields and list items included. */
function flatten(fields: readonly DecapField[]): DecapField[] {
	return fields.flatMap((field) => [field, ...flatten(field.fields ?? []), ...(field.field ? [field.field] : [])]);
}

/** Every schema field, list items included. */
function flattenSchema(fields: readonly Field[]): Field[] {
	return fields.flatMap((field) => [field, ...flattenSchema(field.fields ?? []), ...(field.item ? flattenSchema([field.item]) : [])]);
}

describe('Decap CMS config', () => {
	it.each(['organisation', 'account'] as const)('%s: every schema field is in the form, enums with the schema values', (entity) => {
		expect(coverage(entityFields(entity), decapFields(entity))).toEqual([]);
	});

	it('the coverage check fails when a field or an enum value is missing from the form', () => {
		const form = structuredClone(decapFields('account'));
		const withoutReviewed = form.filter((f) => f.name !== 'reviewed');
		expect(coverage(entityFields('account'), withoutReviewed)).toEqual(['missing reviewed']);
		form.find((f) => f.name === 'status')!.options!.pop();
		expect(coverage(entityFields('account'), form)).toEqual(['status: options planned,active,suspended ≠ planned,active,suspended,closed']);
		// A field added to the Zod schema: the form built from the old schema misses it.
		const extended = AccountSchema.safeExtend({ verified: AccountSchema.shape.linksToStatement.describe('Проверена вручную') });
		expect(extended.shape.verified).toBeDefined();
		const schemaKeys = Object.keys(extended.shape);
		expect(schemaKeys.filter((key) => !decapFields('account').some((f) => f.name === key))).toEqual(['verified']);
	});

	it('labels and hints are Russian, required fields are required, groups of optional fields are not', () => {
		const account = Object.fromEntries(decapFields('account').map((f) => [f.name, f]));
		expect(account.status).toMatchObject({ label: 'Статус', widget: 'select', required: true });
		expect(account.status!.options![0]).toEqual({ value: 'planned', label: 'Планируется' });
		expect(account.network!.options!.find((o) => o.value === 'vk')!.label).toBe('ВКонтакте');
		expect(account.org).toMatchObject({ widget: 'relation', collection: 'orgs', value_field: 'id', required: true });
		// Dates are typed as ДД.ММ.ГГГГ in the portal's date widget, which stores ISO: no ISO pattern
		// that would refuse «01.10.2026».
		expect(account.opened).toMatchObject({ widget: WIDGETS.date, required: false });
		expect(account.opened!.pattern).toBeUndefined();
		expect(account.opened!.hint).toContain('ДД.ММ.ГГГГ');
		expect(account.closed!.fields![0]).toMatchObject({ name: 'date', widget: WIDGETS.date });
		// The link is checked against the registry by the portal's link widget.
		expect(account.url).toMatchObject({ widget: WIDGETS.link, required: true });
		// The network follows from the link when the entry is saved: optional in the form.
		expect(account.network).toMatchObject({ widget: 'select', required: false, hint: expect.stringContaining('по ссылке') });
		// The other address forms of the page are checked like the link: none may be another record's page.
		expect(account.aliases).toMatchObject({ widget: 'list', field: { widget: WIDGETS.link, link_role: 'alias' } });
		expect(account.url!.link_role).toBe('main');
		// Decap validates a group's fields even when the group is empty: inside optional groups nothing is required.
		expect(account.closed!.fields!.map((f) => f.required)).toEqual([false, false, false]);
		expect(account.closed!.fields![0]!.hint).toContain('Обязательно, если заполнен этот раздел');
		for (const field of decapFields('account')) expect(field.label, field.name).toMatch(/[А-ЯЁ]/);
		const org = Object.fromEntries(decapFields('organisation').map((f) => [f.name, f]));
		expect(org.kind!.options!.map((o) => o.value)).toEqual(OrganisationSchema.shape.kind.options);
		expect(org.geo!.fields!.map((f) => [f.widget, f.value_type, f.min, f.max])).toEqual([
			['number', 'float', -90, 90],
			['number', 'float', -180, 180],
		]);
		expect(org.phones).toMatchObject({ widget: 'list', field: { widget: 'string', pattern: [expect.any(String), expect.any(String)] } });
	});

	it('pick lists read as the words the site uses for the values, never the codes', () => {
		const options = (entity: 'organisation' | 'account') =>
			flatten(decapFields(entity)).flatMap((field) => (field.options ?? []).map((option) => ({ field: field.name, ...option })));
		const all = [...options('organisation'), ...options('account')];
		expect(all.length).toBeGreaterThan(20);
		for (const option of all) {
			expect(option.label, `${option.field}: ${option.value}`).not.toContain(`(${option.value})`);
			expect(option.label, `${option.field}: ${option.value}`).not.toBe(option.value);
		}
		// The public site's words for the values (common.json), as the registry's pages show them.
		const status = decapFields('account').find((f) => f.name === 'status')!;
		expect(status.options!.map((o) => o.label)).toEqual(['Планируется', 'Действует', 'Приостановлена', 'Закрыта']);
		const kind = decapFields('organisation').find((f) => f.name === 'kind')!;
		expect(kind.options!.find((o) => o.value === 'local-administration')!.label).toBe('Местная администрация');
	});

	it('hints speak to the clerk: codes only in one sentence naming the field as check messages name it', () => {
		const key = /В сообщениях проверки это поле называется «([^»]+)»\.$/;
		for (const entity of ['organisation', 'account'] as const) {
			const codes = new Set(flattenSchema(entityFields(entity)).flatMap((field) => field.values ?? []));
			for (const field of flatten(decapFields(entity))) {
				if (field.name === 'item') {
					// One input of a list: the list's own hint names the field.
					expect(field.hint ?? '', `${entity} ${field.name}`).not.toMatch(key);
					continue;
				}
				const hint = field.hint ?? '';
				expect(hint, `${entity}.${field.name}`).toMatch(key);
				const text = hint.replace(key, '');
				// No enum code explained inline («planned — планируется»), no YAML words, no file paths.
				for (const code of codes) expect(text, `${entity}.${field.name}`).not.toMatch(new RegExp(`(^|[\\s«(])${code}( —|»|\\)|[.;,]|$)`));
				expect(text, `${entity}.${field.name}`).not.toMatch(/\b(null|true|false)\b|data\/|Поле \w/);
			}
		}
		const byName = Object.fromEntries(decapFields('account').map((f) => [f.name, f]));
		expect(byName.profile!.hint).toBe('Что есть на странице. В сообщениях проверки это поле называется «profile».');
		// Inside a group, the name a check message gives the field: the dotted path.
		expect(byName.closed!.fields!.find((f) => f.name === 'date')!.hint).toMatch(/называется «closed\.date»\.$/);
		expect(byName.status!.hint).toBe('В сообщениях проверки это поле называется «status».');
	});

	it('the organisation pick list searches and shows the name; the id is secondary text', () => {
		const org = decapFields('account').find((f) => f.name === 'org')!;
		const parent = decapFields('organisation').find((f) => f.name === 'parent')!;
		for (const field of [org, parent]) {
			expect(field).toMatchObject({ widget: 'relation', collection: 'orgs', value_field: 'id' });
			// The short name first: that is what a clerk knows and types; the full name and the id still find it.
			expect(field.search_fields).toEqual(['shortName', 'name', 'id']);
			expect(field.display_fields).toEqual(['{{shortName}} ({{id}})']);
			// Every organisation can be reached by scrolling, not just the first twenty of Decap's default.
			expect(field.options_length).toBeGreaterThanOrEqual(100);
			expect(field.hint).toMatch(/^Начните вводить название организации/);
			expect(field.hint).not.toMatch(/идентификатор:|строчные латинские/);
		}
	});

	it('internal data stays out of the form; the page form says where two-factor authentication is recorded', () => {
		const config = decapConfig({ name: 'test-repo' });
		// Staff contacts and security attestations (data/internal/) are never a collection of the form:
		// docs/editor.md, «Two-factor authentication», says why.
		expect(config.collections.map((collection) => collection.name)).toEqual(['orgs', 'accounts']);
		for (const collection of config.collections) expect(collection.folder).not.toMatch(/internal/);
		const account = decapFields('account');
		expect(flatten(account).map((field) => field.name)).not.toContain('twoFactor');
		expect(account.find((f) => f.name === 'responsible')!.hint).toMatch(/двухфакторной аутентификации.*закрытом файле/);
		expect(config.collections[1]!.description).toContain('data/internal/<организация>.yaml');
	});

	it('collections: org.yaml per organisation folder, accounts below it, saved through the portal formats', () => {
		const config = decapConfig({ name: 'test-repo' });
		const [orgs, accounts] = config.collections;
		expect(orgs).toMatchObject({
			folder: 'data/orgs',
			path: '{{slug}}/org',
			slug: '{{id}}',
			extension: 'yaml',
			format: FORMATS.organisation,
		});
		expect(accounts).toMatchObject({
			folder: 'data/orgs',
			path: '{{org}}/accounts/{{slug}}',
			slug: '{{id}}',
			filter: { field: '_account', value: true },
			format: FORMATS.account,
		});
		// List lines show words and an address a clerk recognises, never network or organisation codes.
		expect(accounts!.summary).toBe('{{name}} — {{url}}');
		expect(orgs!.summary).not.toMatch(/\{\{(network|kind|tier)\}\}/);
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.locale).toBe('ru');
		const settings = adminSettings({ name: 'test-repo' });
		expect(settings.formats[FORMATS.account]).toMatchObject({ entity: 'account', firstLine: schemaCommentLine('account', 3) });
		expect(settings.formats[FORMATS.account]!.keys.slice(0, 3)).toEqual(['id', 'org', 'network']);
	});
});

describe('backend from the environment', () => {
	it('defaults to the in-memory test-repo on a demo site, to none on a real one', () => {
		expect(fromEnv({}, true)).toEqual({ name: 'test-repo' });
		expect(fromEnv({}, false)).toBeNull();
		expect(fromEnv({ PORTAL_CMS_BACKEND: 'test-repo' }, false)).toEqual({ name: 'test-repo' });
	});

	it('self-hosted GitLab with PKCE: API root derived from the base URL unless given', () => {
		const env = {
			PORTAL_CMS_BACKEND: 'gitlab',
			PORTAL_CMS_REPO: 'press/reestr',
			PORTAL_CMS_BASE_URL: 'https://git.primer-rayon.example/',
			PORTAL_CMS_APP_ID: 'abc123',
		};
		const backend = fromEnv(env, false)!;
		expect(backend).toEqual({
			name: 'gitlab',
			repo: 'press/reestr',
			branch: 'main',
			base_url: 'https://git.primer-rayon.example',
			api_root: 'https://git.primer-rayon.example/api/v4',
			auth_type: 'pkce',
			app_id: 'abc123',
			commit_messages: expect.any(Object),
		});
		// Saves are committed, and in the editorial workflow titled, in Russian; Decap fills the slug.
		expect(backend.commit_messages!.create).toBe('Реестр: новая запись «{{slug}}» ({{collection}})');
		for (const message of Object.values(backend.commit_messages!)) expect(message).toMatch(/^Реестр: .*\{\{(slug|path)\}\}/);
		expect(backendOrigins(backend)).toEqual(['https://git.primer-rayon.example']);
		expect(decapConfig(backend).publish_mode).toBe('editorial_workflow');
		expect(fromEnv({ ...env, PORTAL_CMS_API_ROOT: 'https://api.git.example/v4' }, false)!.api_root).toBe('https://api.git.example/v4');
	});

	it('Gitea has no editorial workflow in Decap, Forgejo has', () => {
		const env = { PORTAL_CMS_REPO: 'press/reestr', PORTAL_CMS_BASE_URL: 'https://git.example', PORTAL_CMS_APP_ID: 'x' };
		const gitea = fromEnv({ ...env, PORTAL_CMS_BACKEND: 'gitea' }, false)!;
		expect(gitea.api_root).toBe('https://git.example/api/v1');
		expect(decapConfig(gitea).publish_mode).toBeUndefined();
		expect(decapConfig(fromEnv({ ...env, PORTAL_CMS_BACKEND: 'forgejo' }, false)!).publish_mode).toBe('editorial_workflow');
	});

	it('refuses an unknown backend, missing settings and a non-https host', () => {
		expect(() => fromEnv({ PORTAL_CMS_BACKEND: 'github' }, false)).toThrow(/gitlab, gitea, forgejo, test-repo/);
		expect(() => fromEnv({ PORTAL_CMS_BACKEND: 'gitlab' }, false)).toThrow(/PORTAL_CMS_REPO, PORTAL_CMS_BASE_URL, PORTAL_CMS_APP_ID/);
		expect(() =>
			fromEnv(
				{ PORTAL_CMS_BACKEND: 'gitlab', PORTAL_CMS_REPO: 'a/b', PORTAL_CMS_BASE_URL: 'http://git.example', PORTAL_CMS_APP_ID: 'x' },
				false,
			),
		).toThrow(/https/);
	});

	it("corrects Decap's own Russian: no Latin letter inside a Russian word, no glyph system fonts lack, no English counts or dates", () => {
		const phrases = decapPhrases();
		const flat = (node: unknown, path = ''): [string, string][] =>
			typeof node === 'string'
				? [[path, node]]
				: Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => flat(value, path ? `${path}.${key}` : key));
		const all = flat(phrases);
		expect(all.length).toBeGreaterThan(30);
		for (const [path, text] of all) {
			expect(text, path).not.toMatch(/[A-Za-z][а-яё]|[а-яё][A-Za-z]|\uFF0B/);
			expect(text.replace(/%\{\w+\}/g, ''), path).not.toMatch(/\b(entry|entries|Notes?)\b/);
		}
		expect(phrases).toMatchObject({
			editor: { editorToolbar: { status: 'Статус: %{status}' } },
			collection: { collectionTop: { newButton: expect.not.stringContaining('\uFF0B') } },
			workflow: { workflow: { dateFormat: 'DD.MM.YYYY' }, workflowList: { currentEntries: expect.stringMatching(/^[А-Я]/) } },
		});
		expect(adminSettings({ name: 'test-repo' }).phrases).toEqual(phrases);
	});
});
