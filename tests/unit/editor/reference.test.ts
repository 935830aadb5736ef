/** The field reference: a row per field, unique anchors, examples that the schema itself accepts. */
import { describe, expect, it } from 'vitest';
import { entityFields, flattenFields } from '../../../src/editor/fields.ts';
import { anchorOf, referenceRows } from '../../../src/editor/reference.ts';
import { ENTITIES } from '../../../src/schemas/json-schema.ts';

describe('field reference', () => {
	it.each(ENTITIES)('%s: one row per field, with a description and an anchor of its own', (entity) => {
		const rows = referenceRows(entity);
		expect(rows.map((r) => r.path)).toEqual(flattenFields(entityFields(entity)).map((f) => f.path));
		expect(new Set(rows.map((r) => r.anchor)).size).toBe(rows.length);
		for (const row of rows) {
			expect(row.anchor).toMatch(/^[a-z0-9-]+$/);
			expect(row.description, row.path).not.toBe('');
			expect(row.type, row.path).toMatch(/[а-яё]/);
		}
	});

	it('says which fields are required, what the values mean and gives examples', () => {
		const rows = Object.fromEntries(referenceRows('account').map((r) => [r.path, r]));
		expect(rows.status).toMatchObject({ required: true, example: 'planned' });
		expect(rows.status!.values).toContainEqual({ value: 'planned', label: 'Планируется' });
		expect(rows.opened).toMatchObject({ required: false, type: 'дата ГГГГ-ММ-ДД', example: '2026-01-15' });
		expect(rows.url!.example).toBe('https://vk.com/primer_admin');
		expect(rows['closed.date']).toMatchObject({ required: true, anchor: 'account-closed-date' });
		expect(rows.gospabliki!.type).toBe('дата ГГГГ-ММ-ДД или null');
		expect(rows.kind!.defaultValue).toBe('"organisation"');
		expect(anchorOf('internal', 'security.*.twoFactor')).toBe('internal-security-twofactor');
		const internal = Object.fromEntries(referenceRows('internal').map((r) => [r.path, r]));
		expect(internal['staff[].email']).toMatchObject({ required: false, type: 'адрес электронной почты' });
	});
});
