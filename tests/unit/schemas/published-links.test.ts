/**
 * Every link field of a published entity takes https addresses only, so no page can get a
 * `javascript:`, `data:` or `http:` href from the data: the pages write these fields into `href`
 * as they are (an organisation's and the operator's site, an act's text). The fields are found by
 * name in the generated JSON Schema, so a link field added later is covered without editing this
 * test. An account's own link (`url`, `aliases`) has its own rule, account-link-valid.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { entityJsonSchema, ENTITY_SCHEMAS, type Entity, type JsonSchema } from '../../../src/schemas/json-schema.ts';

const LINK_NAME = /url|website|link|href|site/i;
const ACCOUNT_OWN = new Set(['url', 'aliases']);

/** Paths of string properties whose name reads like a link. */
function linkPaths(schema: JsonSchema, path: string[] = []): string[][] {
	const found: string[][] = [];
	const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
	for (const [key, value] of Object.entries(properties)) {
		const branches = [value, ...((value.anyOf ?? []) as JsonSchema[])];
		if (LINK_NAME.test(key) && branches.some((branch) => branch.type === 'string')) found.push([...path, key]);
		for (const branch of branches) if (branch.type === 'object') found.push(...linkPaths(branch, [...path, key]));
	}
	return found;
}

function withValue(document: unknown, path: string[], value: string): unknown {
	const copy = structuredClone(document) as Record<string, unknown>;
	let node = copy;
	for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
	node[path[path.length - 1]!] = value;
	return copy;
}

const read = (file: string) => parse(readFileSync(file, 'utf8')) as unknown;
const SAMPLES: Partial<Record<Entity, unknown>> = {
	organisation: read('tests/fixtures/valid/orgs/test-admin/org.yaml'),
	site: read('tests/fixtures/valid/site.yaml'),
	policy: read('src/policies/presets/federal-baseline.yaml'),
};

describe('published link fields', () => {
	const cases = (Object.keys(SAMPLES) as Entity[]).flatMap((entity) =>
		linkPaths(entityJsonSchema(entity)).map((path) => [entity, path.join('.'), path] as const),
	);

	it("are found: an act's text, an organisation's site, the operator's site and the portal's address", () => {
		expect(cases.map(([entity, field]) => `${entity}.${field}`)).toEqual([
			'organisation.website',
			'site.operator.website',
			'site.baseUrl',
			'policy.url',
		]);
	});

	it('of an account are only its own link and aliases', () => {
		expect(
			linkPaths(entityJsonSchema('account'))
				.map((path) => path.join('.'))
				.filter((field) => !ACCOUNT_OWN.has(field)),
		).toEqual([]);
	});

	it.each(cases)('%s.%s takes an https address', (entity, _field, path) => {
		expect(ENTITY_SCHEMAS[entity].safeParse(withValue(SAMPLES[entity], path, 'https://primer-rayon.ru/doc')).success).toBe(true);
	});

	it.each(
		cases.flatMap(([entity, field, path]) =>
			[
				'javascript:alert(1)',
				'data:text/html,<script>alert(1)</script>',
				'http://primer-rayon.ru',
				'vbscript:x',
				'//primer-rayon.ru',
				'/local',
			].map((link) => [entity, field, link, path] as const),
		),
	)('%s.%s refuses %j, at that field', (entity, _field, link, path) => {
		const result = ENTITY_SCHEMAS[entity].safeParse(withValue(SAMPLES[entity], path, link));
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path.join('.')]);
		expect(result.error?.issues[0]?.message).toContain('https://');
	});
});
