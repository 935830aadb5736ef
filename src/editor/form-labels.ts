/**
 * A record's field as the form editor labels it, from its group down: the staff guide names a
 * field the way the clerk sees it in the form, not by its key in the file, and cannot drift from
 * the form because it reads the same configuration.
 */
import { decapFields, type DecapField } from './decap.ts';

/** ['profile', 'address'] → ['Что есть на странице', 'Указан адрес']; undefined for no such field. */
export function formLabels(entity: 'account' | 'organisation', path: readonly string[]): string[] | undefined {
	const labels: string[] = [];
	let fields: DecapField[] | undefined = decapFields(entity);
	for (const name of path) {
		const field: DecapField | undefined = fields?.find((f) => f.name === name);
		if (!field) return undefined;
		labels.push(field.label);
		fields = field.fields;
	}
	return labels;
}
