/** Every enum value of every entity has a Russian label: a value added to a Zod enum needs one. */
import { describe, expect, it } from 'vitest';
import { entityFields, flattenFields, type Field } from '../../../src/editor/fields.ts';
import { enumLabels } from '../../../src/editor/labels.ts';
import { ENTITIES } from '../../../src/schemas/json-schema.ts';

function enums(fields: readonly Field[]): Field[] {
	return flattenFields(fields).flatMap((field) => {
		const found: Field[] = [];
		for (let f: Field | undefined = field; f; f = f.item) if (f.kind === 'enum') found.push(f);
		return found;
	});
}

describe('enum labels', () => {
	it.each(ENTITIES)('%s: every enum value has a Russian label', (entity) => {
		const missing = enums(entityFields(entity)).flatMap((field) => {
			const labels = enumLabels(field.values!);
			// Some names are Latin in Russian text too (Telegram, RUTUBE): present is what counts.
			return field.values!.filter((value) => !labels.get(value)?.trim()).map((value) => `${field.path}: ${value}`);
		});
		expect(missing).toEqual([]);
	});

	it('an enum it does not know gets no labels (so the test above fails for it)', () => {
		expect(enumLabels(['alpha', 'beta']).size).toBe(0);
	});
});
