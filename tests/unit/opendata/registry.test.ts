import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { JSON_FILE, REGISTRY_COLUMNS, SCHEMA_FILE, STRUCTURE_FILE } from '../../../src/lib/opendata/index.ts';
import { RegistryDocumentSchema, toPublicAccount } from '../../../src/lib/opendata/public-schema.ts';
import { registryCsv, registryDocument } from '../../../src/lib/opendata/registry.ts';
import type { Account } from '../../../src/schemas/account.ts';
import { fixtureOpenData } from './support.ts';

const { data, openData } = fixtureOpenData();
const { files, passport } = openData;
const rows = (text: string) => parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];

describe('registry CSV', () => {
	const csv = files.get(`${passport.identifier}/${passport.files.data}`)!;

	it('is named data-<modified>-structure-<version>.csv', () => {
		expect(passport.files.data).toMatch(/^data-\d{8}-structure-\d{8}\.csv$/);
	});

	it('has the header the structure file lists, in its order', () => {
		const structure = rows(files.get(`${passport.identifier}/${STRUCTURE_FILE}`)!).map((row) => row['field name']);
		const [header] = parse(csv, { to_line: 1 }) as string[][];
		expect(header).toEqual(structure);
	});

	it('has one row per account, organisation fields filled in', () => {
		const records = rows(csv);
		expect(records.map((r) => r.id).sort()).toEqual(data.accounts.map((a) => a.id).sort());
		const vk = records.find((r) => r.id === 'test-admin-vk')!;
		expect(vk).toMatchObject({
			org: 'test-admin',
			org_inn: '7701234560',
			network: 'vk',
			aliases: 'https://vk.com/club1234567',
			links_to_statement: 'true',
			responsible_name: '',
		});
		expect(vk.profile!.split(' ')).toContain('official-status');
	});

	// The column list is part of the published structure: changing it must bump STRUCTURE_VERSION.
	it('keeps its columns (bump STRUCTURE_VERSION when this changes)', () => {
		expect(REGISTRY_COLUMNS.map((c) => c.name)).toMatchInlineSnapshot(`
			[
			  "id",
			  "org",
			  "org_name",
			  "org_inn",
			  "org_ogrn",
			  "network",
			  "url",
			  "aliases",
			  "name",
			  "kind",
			  "status",
			  "opened",
			  "registered",
			  "closed_date",
			  "closed_reason",
			  "gospabliki",
			  "links_to_statement",
			  "reviewed",
			  "responsible_position",
			  "responsible_name",
			  "profile",
			]
		`);
	});
});

describe('registry JSON', () => {
	const json = JSON.parse(files.get(JSON_FILE)!);

	it('parses back through the public Zod schema', () => {
		const doc = RegistryDocumentSchema.parse(json);
		expect(doc.accounts).toHaveLength(data.accounts.length);
		expect(doc.organisations.map((o) => o.id)).toEqual(['test-admin']);
	});

	it('is described by a JSON Schema listing exactly the public fields', () => {
		const schema = JSON.parse(files.get(SCHEMA_FILE)!);
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe('https://reestr.test-rayon.example/opendata/registry.schema.json');
		expect(Object.keys(schema.properties)).toEqual(['organisations', 'accounts']);
		const account = schema.properties.accounts.items;
		expect(Object.keys(account.properties)).toEqual([
			'id',
			'org',
			'network',
			'url',
			'aliases',
			'name',
			'kind',
			'tier',
			'status',
			'opened',
			'registered',
			'closed',
			'profile',
			'gospabliki',
			'linksToStatement',
			'reviewed',
			'responsible',
		]);
		expect(account.additionalProperties).toBe(false);
		expect(Object.keys(account.properties.responsible.properties)).toEqual(['position', 'name']);
		const org = schema.properties.organisations.items;
		expect(Object.keys(org.properties)).toEqual([
			'id',
			'name',
			'shortName',
			'kind',
			'parent',
			'tier',
			'inn',
			'ogrn',
			'address',
			'geo',
			'email',
			'phones',
			'website',
			'policies',
			'exemption',
		]);
	});
});

describe('responsible person', () => {
	const base = data.accounts.find((a) => a.id === 'test-admin-vk')!;
	const position = 'Начальник отдела';

	it('publishes the name only with consent', () => {
		expect(toPublicAccount({ ...base, responsible: { position, name: 'Петров Пётр Петрович', publishName: true } }).responsible).toEqual({
			position,
			name: 'Петров Пётр Петрович',
		});
		expect(toPublicAccount({ ...base, responsible: { position, publishName: false } }).responsible).toEqual({ position });
	});

	// The schema refuses a name without consent; the projection must not rely on that alone.
	it('drops a name without consent even when the record skipped validation', () => {
		const leaked = { ...base, responsible: { position, name: 'Сидорова Анна Ивановна', publishName: false } } as Account;
		const doc = registryDocument(data.orgs, [leaked]);
		expect(JSON.stringify(doc)).not.toContain('Сидорова');
		expect(registryCsv(doc)).not.toContain('Сидорова');
		expect(JSON.stringify(doc)).not.toContain('publishName');
	});

	it('drops fields the public schema does not list', () => {
		const extra = { ...base, twoFactor: true, staff: [{ name: 'x' }] } as unknown as Account;
		expect(Object.keys(toPublicAccount(extra))).not.toContain('twoFactor');
		expect(Object.keys(toPublicAccount(extra))).not.toContain('staff');
	});
});

describe('nothing internal in any file', () => {
	// Field names of data/internal/ (src/schemas/internal.ts) and the fixture's staff contact.
	const FORBIDDEN = [
		'twoFactor',
		'passwordInManager',
		'passwordRotated',
		'attested',
		'attestedBy',
		'staff',
		'security',
		'Иванова',
		'ivanova@test-rayon.example',
		'publishName',
	];

	it.each([...files.keys()])('%s', (name) => {
		const text = files.get(name)!;
		for (const word of FORBIDDEN) expect(text, word).not.toContain(word);
	});
});

describe('published page links', () => {
	// A record built in code (or checked with schema-valid off) skips the schema's refusal of http://.
	const base = data.accounts.find((a) => a.id === 'test-admin-vk')!;
	const plain: Account = { ...base, url: 'http://vk.com/test_admin', aliases: ['http://vk.com/club1234567', 'HTTP://m.vk.com/test_admin'] };

	it('are never plain http: the canonical https link is published instead', () => {
		const published = toPublicAccount(plain);
		expect(published.url).toBe('https://vk.com/test_admin');
		expect(published.aliases).toEqual(['https://vk.com/club1234567', 'https://vk.com/test_admin']);
		const doc = registryDocument(data.orgs, [plain]);
		expect(JSON.stringify(doc)).not.toMatch(/http:\/\//i);
		expect(registryCsv(doc)).not.toMatch(/http:\/\//i);
	});
});
