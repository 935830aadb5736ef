/**
 * The verification API's description as JSON Schema (draft 2020-12): the shard files under
 * /proverka/data/ and the index that names them, /proverka/api/v1.json. Published at
 * /proverka/api/v1.schema.json; docs/lookup.md explains how a client uses them.
 */
const record = {
	type: 'object',
	required: ['a', 'o', 'n', 's'],
	properties: {
		a: { type: 'string', description: 'Account id: the page /akkaunt/<a>/' },
		o: { type: 'string', description: 'Organisation id: the page /org/<o>/' },
		n: { type: 'string', description: "Organisation's short name" },
		s: { enum: ['planned', 'active', 'suspended', 'closed'] },
		t: { type: 'string', description: "Page name, when it differs from the organisation's" },
		d: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Closing date (closed pages)' },
		r: { type: 'string', description: 'Closing reason (closed pages)' },
		m: { type: 'string', description: 'Main canonical id, when the key is another form of the address' },
	},
	additionalProperties: false,
} as const;

export const API_SCHEMA = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	title: 'Official accounts verification API, version 1',
	$defs: {
		index: {
			type: 'object',
			required: ['version', 'v', 'e', 'l', 'c', 'data', 'hash'],
			properties: {
				version: { const: 1 },
				v: { type: 'string', pattern: '^[0-9a-f]{8}$', description: 'Data version, part of every shard file name' },
				e: { type: 'integer', minimum: 1, description: 'Number of exact shards' },
				l: { type: 'integer', minimum: 1, description: 'Number of look-alike shards' },
				c: { type: 'integer', minimum: 1, description: 'Number of contact shards' },
				data: { type: 'string', description: 'Path of the shard files: <data><v>-<kind><n>.json' },
				hash: { const: 'fnv1a-32-utf16', description: 'Shard of a key: FNV-1a over its UTF-16 code units, modulo the count' },
			},
		},
		exactShard: {
			description: 'Canonical id (vk:primer_admin) → account. Shard n = hash(name without network) mod e',
			type: 'object',
			additionalProperties: record,
		},
		lookalikeShard: {
			description: 'Sorted canonical ids whose look-alike groups fall in this shard',
			type: 'array',
			items: { type: 'string' },
		},
		contactShard: {
			description: 'site:host, mail:address or tel:+7… → organisations that list it. Shard n = hash(key) mod c',
			type: 'object',
			additionalProperties: {
				type: 'array',
				items: {
					type: 'object',
					required: ['o', 'n'],
					properties: { o: { type: 'string' }, n: { type: 'string' } },
					additionalProperties: false,
				},
			},
		},
	},
} as const;
