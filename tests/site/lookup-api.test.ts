/**
 * The static verification API as other services see it: the index and every shard file of the
 * built demo site match the published JSON Schema, and the plain-JavaScript client printed in
 * docs/lookup.md, run as written, answers from those files.
 */
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const dir = inject('siteDir');
const read = (path: string): unknown => JSON.parse(readFileSync(join(dir, path), 'utf8'));
const index = read('proverka/api/v1.json') as { v: string; e: number; l: number; c: number; data: string };
const schema = read('proverka/api/v1.schema.json') as object;

describe('verification API, version 1', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: false, formats: { date: true } }); // `date` is an annotation; its pattern checks it;
	ajv.addSchema(schema, 'api');
	const validate = (def: string, value: unknown) => {
		const check = ajv.getSchema(`api#/$defs/${def}`);
		if (check === undefined) throw new Error(`no $defs/${def} in the schema`);
		return check(value) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
	};

	it('publishes an index that matches its schema and names only files that exist', () => {
		expect(validate('index', index)).toEqual([]);
		const files = new Set(readdirSync(join(dir, index.data)));
		for (const [kind, count] of [
			['e', index.e],
			['l', index.l],
			['c', index.c],
		] as const) {
			for (let n = 0; n < count; n++) expect(files.has(`${index.v}-${kind}${n}.json`), `${kind}${n}`).toBe(true);
		}
		expect(files.size).toBe(index.e + index.l + index.c);
	});

	it('has shard files that all match the schema of their kind', () => {
		const defs = { e: 'exactShard', l: 'lookalikeShard', c: 'contactShard' } as const;
		let checked = 0;
		for (const file of readdirSync(join(dir, index.data))) {
			const kind = /^[0-9a-f]{8}-([elc])\d+\.json$/.exec(file)?.[1] as keyof typeof defs | undefined;
			expect(kind, file).toBeDefined();
			expect(validate(defs[kind ?? 'e'], read(`${index.data}${file}`)), file).toEqual([]);
			checked++;
		}
		expect(checked).toBeGreaterThan(3);
	});

	it('rejects a shard entry with a field the schema does not describe (the schema is not vacuous)', () => {
		expect(validate('exactShard', { 'vk:x': { a: 'x-vk', o: 'x', n: 'X', s: 'active', phone: '+7' } })).not.toEqual([]);
		expect(validate('index', { ...index, hash: 'md5' })).not.toEqual([]);
	});
});

describe('the client example in docs/lookup.md', () => {
	const doc = readFileSync(resolve(import.meta.dirname, '../../docs/lookup.md'), 'utf8');
	const code = /<!-- lookup-client:start -->\s*```js\n([\s\S]*?)```\s*<!-- lookup-client:end -->/.exec(doc)?.[1] ?? '';
	const realFetch = globalThis.fetch;
	let client: {
		findAccount(canonical: string): Promise<{ a: string; s: string } | null>;
		findContact(key: string): Promise<{ o: string }[]>;
	};

	beforeAll(async () => {
		expect(code).toContain('export async function findAccount');
		// The site's files answer the client's requests, as a web server would.
		globalThis.fetch = (async (url: URL) => {
			try {
				return new Response(readFileSync(join(dir, decodeURIComponent(url.pathname))), { status: 200 });
			} catch {
				return new Response('', { status: 404 });
			}
		}) as typeof fetch;
		const file = join(mkdtempSync(join(tmpdir(), 'lookup-client-')), 'client.mjs');
		writeFileSync(file, code);
		client = await import(pathToFileURL(file).href);
	});
	afterAll(() => {
		globalThis.fetch = realFetch;
	});

	it('finds a registered page by its canonical id, and nothing for an unregistered one', async () => {
		expect(await client.findAccount('tg:primer_sovet')).toMatchObject({ a: 'primer-council-tg', s: 'active' });
		expect(await client.findAccount('vk:primer_admin')).toMatchObject({ a: 'primer-admin-vk' });
		expect(await client.findAccount('tg:primer_sovet_official')).toBeNull();
	});

	it('finds the organisation that lists a phone number, and none for another number', async () => {
		expect(await client.findContact('tel:+74999932155')).toEqual([expect.objectContaining({ o: 'lipovka-admin' })]);
		expect(await client.findContact('tel:+74999900000')).toEqual([]);
	});
});
