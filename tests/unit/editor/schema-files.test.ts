/**
 * The editors' JSON Schema files: committed copies match the Zod schemas (regenerate with
 * `npm run schemas`), every field carries its Russian description, and every data file names its
 * schema on the first line, which the loader reads as a comment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaFiles, staleSchemaFiles } from '../../../src/editor/schema-files.ts';
import { parseYamlFast } from '../../../src/loaders/yaml-fast.ts';
import { classify } from '../../../src/loaders/tree.ts';
import { ENTITIES, entityJsonSchema, type JsonSchema } from '../../../src/schemas/json-schema.ts';
import { AccountSchema } from '../../../src/schemas/account.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const DATA = join(ROOT, 'data');

/** Paths of properties without a description, anywhere in the schema. */
function undescribed(node: JsonSchema, path: string): string[] {
	const out: string[] = [];
	for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, JsonSchema>)) {
		if (typeof child.description !== 'string' || child.description.trim() === '') out.push(`${path}.${key}`);
		out.push(...undescribed(child, `${path}.${key}`));
	}
	for (const nested of [node.items, node.additionalProperties, ...((node.anyOf as JsonSchema[] | undefined) ?? [])]) {
		if (nested && typeof nested === 'object') out.push(...undescribed(nested as JsonSchema, `${path}[]`));
	}
	return out;
}

const ENTITY_OF_KIND: Record<string, string> = {
	site: 'site',
	compliance: 'compliance',
	policy: 'policy',
	org: 'organisation',
	account: 'account',
	internal: 'internal',
};

describe('JSON Schema files', () => {
	it('data/_schemas/ is up to date with src/schemas/ (run `npm run schemas`)', () => {
		expect(staleSchemaFiles(DATA)).toEqual([]);
	});

	it('one draft-7 file per YAML entity, on the input side (defaults make fields optional)', () => {
		expect(schemaFiles().map((f) => f.file)).toEqual(ENTITIES.map((e) => `_schemas/${e}.schema.json`));
		const account = entityJsonSchema('account');
		expect(account.$schema).toBe('http://json-schema.org/draft-07/schema#');
		expect(account.required).toEqual(['id', 'org', 'network', 'url', 'name', 'status']);
		expect(account.additionalProperties).toBe(false);
	});

	it.each(ENTITIES)('%s: every field has a Russian description', (entity) => {
		expect(undescribed(entityJsonSchema(entity), entity)).toEqual([]);
		const texts = JSON.stringify(entityJsonSchema(entity));
		expect(texts).toMatch(/[а-яё]/);
	});

	it('every YAML file of data/ names its entity schema on the first line, and the path resolves', () => {
		const files = readdirSync(DATA, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && !f.startsWith('_'));
		expect(files.length).toBeGreaterThan(100);
		const wrong: string[] = [];
		for (const file of files) {
			const entry = classify(file.split('/'), join(DATA, file), file);
			const entity = ENTITY_OF_KIND[entry.kind];
			const first = readFileSync(join(DATA, file), 'utf8').split('\n')[0]!;
			const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
			if (!entity || !match) wrong.push(`${file}: ${first}`);
			else if (!match[1]!.endsWith(`_schemas/${entity}.schema.json`) || !existsSync(join(DATA, dirname(file), match[1]!)))
				wrong.push(`${file}: ${match[1]}`);
		}
		expect(wrong).toEqual([]);
	});

	it('the loader reads the schema line as a comment', () => {
		const text = readFileSync(join(DATA, 'orgs/primer-admin/accounts/primer-admin-vk.yaml'), 'utf8');
		expect(text.startsWith('# yaml-language-server:')).toBe(true);
		const parsed = parseYamlFast(text);
		expect(parsed.ok).toBe(true);
		expect(AccountSchema.safeParse(parsed.ok ? parsed.value : null).success).toBe(true);
	});
});
