/**
 * The fields of an entity, read from its generated JSON Schema (src/schemas/json-schema.ts) into a
 * small tree that the field reference page and the Decap CMS config are both built from. Reading the
 * JSON Schema rather than Zod internals means the editors, the reference and the CMS see exactly the
 * same thing: a field the JSON Schema has, they have.
 */
import { ID_PATTERN, ISO_DATE_PATTERN } from '../schemas/cell-checks.ts';
import { entityJsonSchema, type Entity, type JsonSchema } from '../schemas/json-schema.ts';

export type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'enum' | 'list' | 'object' | 'map' | 'any';

/** What a string must look like, when its pattern is one the staff know by name. */
export type StringShape = 'date' | 'id' | 'phone' | 'email' | 'other';

export interface Field {
	/** Key in the YAML mapping ('' for list items and map values). */
	name: string;
	/** Dotted path: `closed.date`, `staff[].email`, `security.*.twoFactor`; the reference page's anchor. */
	path: string;
	required: boolean;
	/** Russian description from the Zod `.describe()`; '' when the schema has none. */
	description: string;
	kind: FieldKind;
	/** The value may be `null` (written as `null` in YAML). */
	nullable: boolean;
	/** Allowed values of an enum, in the schema's order. */
	values?: string[];
	shape?: StringShape;
	pattern?: string;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	/** The value must be greater than this (z.number().positive() gives 0). */
	exclusiveMinimum?: number;
	maximum?: number;
	minItems?: number;
	default?: unknown;
	/** Object: its fields in schema order. */
	fields?: Field[];
	/** List: the item; map: the value (keys are described by `keyPattern`). */
	item?: Field;
	keyPattern?: string;
}

// The patterns the Zod building blocks emit, recognised so the reference can say «дата ГГГГ-ММ-ДД».
const PATTERNS: [string, StringShape][] = [
	[ISO_DATE_PATTERN.source, 'date'],
	[ID_PATTERN.source, 'id'],
	['^\\+7[\\d ()-]{10,20}$', 'phone'],
];

function shapeOf(node: JsonSchema): StringShape {
	if (node.format === 'email') return 'email';
	const pattern = typeof node.pattern === 'string' ? node.pattern : undefined;
	return PATTERNS.find(([source]) => source === pattern)?.[1] ?? 'other';
}

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** A property node: `anyOf: [X, {type: null}]` is X made nullable; the description may sit on either. */
function readField(name: string, path: string, node: JsonSchema, required: boolean): Field {
	let body = node;
	let nullable = false;
	if (Array.isArray(node.anyOf)) {
		const branches = node.anyOf as JsonSchema[];
		const nonNull = branches.filter((branch) => branch.type !== 'null');
		nullable = nonNull.length < branches.length;
		if (nonNull.length !== 1)
			throw new Error(`${path}: union types are not supported by the editor (${JSON.stringify(node).slice(0, 120)})`);
		body = {
			...nonNull[0]!,
			...(node.description === undefined ? {} : { description: node.description }),
			...('default' in node ? { default: node.default } : {}),
		};
	}
	const base = {
		name,
		path,
		required,
		description: typeof body.description === 'string' ? body.description : '',
		nullable,
		...('default' in body ? { default: body.default } : {}),
	};
	if (Array.isArray(body.enum)) return { ...base, kind: 'enum', values: body.enum.map(String) };
	switch (body.type) {
		case 'string': {
			const field: Field = { ...base, kind: 'string', shape: shapeOf(body) };
			if (typeof body.pattern === 'string') field.pattern = body.pattern;
			const minLength = num(body.minLength);
			const maxLength = num(body.maxLength);
			if (minLength !== undefined) field.minLength = minLength;
			if (maxLength !== undefined) field.maxLength = maxLength;
			return field;
		}
		case 'number':
		case 'integer': {
			const field: Field = { ...base, kind: body.type };
			// z.number().int() states the safe-integer range: not a limit anyone needs to read.
			const bound = (value: number | undefined) => (value !== undefined && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined);
			const minimum = bound(num(body.minimum));
			const exclusiveMinimum = bound(num(body.exclusiveMinimum));
			const maximum = bound(num(body.maximum));
			if (minimum !== undefined) field.minimum = minimum;
			if (exclusiveMinimum !== undefined) field.exclusiveMinimum = exclusiveMinimum;
			if (maximum !== undefined) field.maximum = maximum;
			return field;
		}
		case 'boolean':
			return { ...base, kind: 'boolean' };
		case 'array': {
			const field: Field = { ...base, kind: 'list', item: readField('', `${path}[]`, body.items as JsonSchema, true) };
			const minItems = num(body.minItems);
			if (minItems !== undefined) field.minItems = minItems;
			return field;
		}
		case 'object': {
			if (body.properties) return { ...base, kind: 'object', fields: readFields(body, path) };
			const keys = body.propertyNames as JsonSchema | undefined;
			const value = body.additionalProperties;
			const field: Field = {
				...base,
				kind: 'map',
				item: readField('', `${path}.*`, typeof value === 'object' && value !== null ? (value as JsonSchema) : {}, true),
			};
			if (typeof keys?.pattern === 'string') field.keyPattern = keys.pattern;
			return field;
		}
		default:
			return { ...base, kind: 'any' };
	}
}

function readFields(node: JsonSchema, path: string): Field[] {
	const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
	const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
	return Object.entries(properties).map(([name, child]) => readField(name, path ? `${path}.${name}` : name, child, required.has(name)));
}

const cache = new Map<Entity, Field[]>();

/** Top-level fields of an entity, in schema order. */
export function entityFields(entity: Entity): Field[] {
	let fields = cache.get(entity);
	if (!fields) {
		fields = readFields(entityJsonSchema(entity), '');
		cache.set(entity, fields);
	}
	return fields;
}

/** Every field of the tree, depth first (parents before children), list items and map values included. */
export function flattenFields(fields: readonly Field[]): Field[] {
	return fields.flatMap((field) => [field, ...below(field)]);
}

/** A list item or map value is not a row of its own: its fields (or its own items') are. */
function below(field: Field): Field[] {
	if (field.fields) return flattenFields(field.fields);
	if (field.item) return below(field.item);
	return [];
}
