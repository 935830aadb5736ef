/**
 * A list's heading in the form: Decap wrote «0 другие формы адреса», «1 другие формы адреса». The
 * count takes the Russian plural form of the list's word, and an empty list shows none.
 */
import { describe, expect, it } from 'vitest';
import { decapFields, type DecapField } from '../../../src/editor/decap.ts';
import { listHeading } from '../../../src/editor/list-heading.ts';

const NBSP = '\u00a0';

describe('list heading', () => {
	const forms = decapFields('account').find((field) => field.name === 'aliases')!.count_forms;

	it('counts in the right plural form', () => {
		expect(forms).toBe('форма адреса|формы адреса|форм адреса');
		expect(listHeading(forms, 1)).toBe(`1${NBSP}форма адреса`);
		expect(listHeading(forms, 2)).toBe(`2${NBSP}формы адреса`);
		expect(listHeading(forms, 5)).toBe(`5${NBSP}форм адреса`);
		expect(listHeading(forms, 21)).toBe(`21${NBSP}форма адреса`);
		expect(listHeading(forms, 12)).toBe(`12${NBSP}форм адреса`);
	});

	it('shows no count for an empty list', () => {
		expect(listHeading(forms, 0)).toBe('');
	});

	it('a list without its own word still gets no wrong ending', () => {
		expect(listHeading(undefined, 3)).toBe('Элементов: 3');
	});

	it('every list of the form has its word in three forms and an add button word', () => {
		const lists = (fields: readonly DecapField[]): DecapField[] =>
			fields.flatMap((field) => [...(field.widget === 'list' ? [field] : []), ...lists(field.fields ?? [])]);
		const all = [...lists(decapFields('organisation')), ...lists(decapFields('account'))];
		expect(all.map((field) => field.name).sort()).toEqual(['aliases', 'phones', 'policies']);
		for (const field of all) {
			expect(field.count_forms?.split('|'), field.name).toHaveLength(3);
			expect(field.label_singular, field.name).toMatch(/^[А-ЯЁ]/);
			// A collapsed item shows its value, not the list's label once more.
			if (field.field) expect(field.summary, field.name).toBe('{{item}}');
		}
	});
});
