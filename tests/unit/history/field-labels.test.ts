import { describe, expect, it } from 'vitest';
import history from '../../../src/i18n/ru/history.json' with { type: 'json' };
import { PublicAccountSchema, PublicOrganisationSchema } from '../../../src/lib/opendata/public-schema.ts';

// A record's history names the public fields a change touched; each one needs its Russian label, or
// the page would fail to build when a public field is added to a schema.
describe('history field labels', () => {
	const labels = history as Record<string, string>;

	it.each(Object.keys(PublicAccountSchema.shape))('account field «%s» has a label', (field) => {
		expect(labels[`history.field.account.${field}`]).toMatch(/\p{Script=Cyrillic}/u);
	});

	it.each(Object.keys(PublicOrganisationSchema.shape))('organisation field «%s» has a label', (field) => {
		expect(labels[`history.field.org.${field}`]).toMatch(/\p{Script=Cyrillic}/u);
	});
});
