/**
 * Rows of the field reference page (/spravochnik/), one per field of each entity, from the same
 * field tree as the form editor (fields.ts): name, whether it is required, type or allowed values,
 * description and an example. Examples come from the description («например …») or, failing that,
 * from the field's type, so no value of the real data (internal data least of all) is ever shown.
 */
import type { Entity } from '../schemas/json-schema.ts';
import { entityFields, flattenFields, type Field } from './fields.ts';
import { enumLabels, fieldText } from './labels.ts';

export interface ReferenceRow {
	/** Element id on the page: `account-closed-date`, `internal-staff-email`. */
	anchor: string;
	/** As written in YAML, nesting included: `closed.date`, `staff[].email`, `security.*.twoFactor`. */
	path: string;
	depth: number;
	required: boolean;
	type: string;
	values: { value: string; label: string | undefined }[];
	description: string;
	defaultValue: string | undefined;
	example: string | undefined;
}

export function anchorOf(entity: Entity, path: string): string {
	const words = path.replace(/\[\]|\.\*/g, '').replace(/[^a-zA-Z0-9]+/g, '-');
	// eslint-disable-next-line regexp/no-super-linear-move -- schema field paths from the code: bounded.
	return `${entity}-${words.replace(/-+$/, '')}`.toLowerCase();
}

const SHAPE_TYPES: Record<string, string> = {
	date: 'fields.type.date',
	id: 'fields.type.id',
	phone: 'fields.type.phone',
	email: 'fields.type.email',
};

/** Russian words for a field's type: «дата ГГГГ-ММ-ДД», «список: идентификатор…», «true или false». */
export function typeText(field: Field): string {
	const text = ((): string => {
		switch (field.kind) {
			case 'string': {
				if (field.shape && SHAPE_TYPES[field.shape]) return fieldText(SHAPE_TYPES[field.shape]!);
				if (field.pattern) return fieldText('fields.type.pattern', { pattern: field.pattern });
				return field.minLength && field.minLength > 1
					? fieldText('fields.type.stringMin', { min: field.minLength })
					: fieldText('fields.type.string');
			}
			case 'number':
			case 'integer': {
				const parts = [fieldText(`fields.type.${field.kind}`)];
				if (field.minimum !== undefined) parts.push(fieldText('fields.type.atLeast', { min: field.minimum }));
				if (field.exclusiveMinimum !== undefined) parts.push(fieldText('fields.type.above', { min: field.exclusiveMinimum }));
				if (field.maximum !== undefined) parts.push(fieldText('fields.type.atMost', { max: field.maximum }));
				return parts.join(', ');
			}
			case 'boolean':
				return fieldText('fields.type.boolean');
			case 'enum':
				return fieldText('fields.type.enum');
			case 'object':
				return fieldText('fields.type.object');
			case 'list': {
				const item = field.item!;
				const described = item.kind === 'object' ? fieldText('fields.type.object') : typeText(item);
				const text = fieldText('fields.type.listOf', { item: described });
				return field.minItems ? `${text}; ${fieldText('fields.type.listMin', { min: field.minItems })}` : text;
			}
			case 'map':
				return fieldText('fields.type.map', {
					key:
						field.keyPattern === undefined
							? fieldText('fields.type.mapKey')
							: field.keyPattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$'
								? fieldText('fields.type.id')
								: field.keyPattern,
					value: field.item!.kind === 'object' ? fieldText('fields.type.object') : typeText(field.item!),
				});
			default:
				return fieldText('fields.type.any');
		}
	})();
	return field.nullable ? `${text} ${fieldText('fields.type.nullable')}` : text;
}

const TYPE_EXAMPLES: Record<string, string> = {
	date: '2026-01-15',
	id: 'primer-admin',
	phone: "'+7 (49999) 1-23-45'",
	email: 'priem@primer-rayon.example',
};

/** An example value as it would be written in YAML, or undefined when the row is a group. */
export function exampleOf(field: Field): string | undefined {
	const quoted = /например[:]?\s+«([^»]+)»/.exec(field.description);
	if (quoted) return quoted[1];
	// eslint-disable-next-line regexp/no-super-linear-backtracking -- field descriptions written in the schemas: bounded.
	const plain = /например[:]?\s+([^;]+?)\s*(?:;|$)/.exec(field.description);
	if (plain) return plain[1];
	if (field.kind === 'enum') return field.values![0];
	if (field.kind === 'boolean') return 'true';
	if (field.kind === 'number' || field.kind === 'integer')
		return String(field.minimum ?? (field.exclusiveMinimum === undefined ? 1 : field.exclusiveMinimum + 1));
	if (field.kind === 'string' && field.shape && TYPE_EXAMPLES[field.shape]) return TYPE_EXAMPLES[field.shape];
	if (field.kind === 'list' && field.item && field.item.kind !== 'object') {
		const item = exampleOf(field.item);
		return item === undefined ? undefined : `[${item}]`;
	}
	return undefined;
}

function row(entity: Entity, field: Field): ReferenceRow {
	const labels =
		field.kind === 'enum'
			? enumLabels(field.values!)
			: field.kind === 'list' && field.item?.kind === 'enum'
				? enumLabels(field.item.values!)
				: new Map<string, string>();
	const values = (field.values ?? (field.kind === 'list' && field.item?.kind === 'enum' ? field.item.values! : [])).map((value) => ({
		value,
		label: labels.get(value),
	}));
	const hasDefault =
		field.default !== undefined &&
		!(typeof field.default === 'object' && field.default !== null && Object.keys(field.default).length === 0);
	return {
		anchor: anchorOf(entity, field.path),
		path: field.path,
		depth: field.path.split('.').length - 1,
		required: field.required,
		type: typeText(field),
		values,
		description: field.description,
		defaultValue: hasDefault ? JSON.stringify(field.default) : undefined,
		example: exampleOf(field),
	};
}

export function referenceRows(entity: Entity): ReferenceRow[] {
	return flattenFields(entityFields(entity)).map((field) => row(entity, field));
}
