/**
 * Russian labels of enum values, for the CMS's selects and the field reference. Labels the site
 * already shows (networks, kinds of organisation, statuses…) are reused from common.json; the rest
 * live in fields.json. fieldText() serves the form editor's and the reference's strings. An enum is recognised by its set of values, so a value added to a Zod enum
 * without a label is caught by tests/unit/editor/labels.test.ts rather than shown raw.
 */
import common from '../i18n/ru/common.json' with { type: 'json' };
import editorStrings from '../i18n/ru/editor.json' with { type: 'json' };
import fieldStrings from '../i18n/ru/fields.json' with { type: 'json' };
import { AccountStatusSchema } from '../schemas/account.ts';
import { LevelSchema, NetworkSchema, OrgKindSchema, ProfileElementSchema } from '../schemas/common.ts';
import { SeveritySchema } from '../schemas/compliance-config.ts';
import { ActKindSchema, ReplyEventSchema } from '../schemas/policy.ts';

const STRINGS: Record<string, string> = { ...common, ...fieldStrings, ...editorStrings };

/** Each known enum: its values and the dictionary prefix of their labels. */
const ENUMS: { values: readonly string[]; prefix: string }[] = [
	{ values: NetworkSchema.options, prefix: 'network.' },
	{ values: OrgKindSchema.options, prefix: 'orgKind.' },
	{ values: AccountStatusSchema.options, prefix: 'status.' },
	{ values: LevelSchema.options, prefix: 'level.' },
	{ values: ActKindSchema.options, prefix: 'actKind.' },
	{ values: ProfileElementSchema.options, prefix: 'profile.' },
	{ values: SeveritySchema.options, prefix: 'fields.severity.' },
	{ values: ReplyEventSchema.options, prefix: 'fields.replyEvent.' },
	// Inline enums of the account and policy schemas.
	{ values: ['organisation', 'head'], prefix: 'fields.accountKind.' },
	{ values: ['required', 'allowed', 'banned'], prefix: 'fields.networkStatus.' },
];

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value) => b.includes(value));

/** Label of each value of the enum `values`; a value without a label is missing from the result. */
export function enumLabels(values: readonly string[]): Map<string, string> {
	const known = ENUMS.find((entry) => sameSet(entry.values, values));
	const labels = new Map<string, string>();
	if (!known) return labels;
	for (const value of values) {
		const label = STRINGS[`${known.prefix}${value}`];
		if (label !== undefined) labels.set(value, label);
	}
	return labels;
}

/** The string of `key`, or null when the dictionaries have none (an optional override). */
export function fieldTextOrNull(key: string): string | null {
	return key in STRINGS ? fieldText(key) : null;
}

/** A string of common/fields/editor.json with `{name}` placeholders filled (works outside Astro, unlike i18n's t). */
export function fieldText(key: string, data: Record<string, string | number> = {}): string {
	const text = STRINGS[key];
	if (text === undefined) throw new Error(`i18n: нет строки «${key}» в src/i18n/ru/`);
	return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in data ? String(data[name]) : `{${name}}`));
}
