/**
 * The public value of one version of a record file, as a canonical string: two versions are the
 * same record when these strings are equal. Text never decides: a comment, quoting, indentation,
 * key order or a default spelled out (`linksToStatement: false`) change nothing a reader of the
 * registry sees, so they make no history entry.
 *
 * The value is what the open data publish (toPublicAccount / toPublicOrganisation): an editorial
 * flag (`responsible.publishName`) or a name published without consent is not part of it, so a
 * change of those alone is not a change of the record, and never shows in the history.
 *
 * Old versions were written against older schemas, or carried mistakes the check caught later:
 * a version the schema refuses is compared by its raw values under the same rules (what is not
 * public is dropped); a version that is not even YAML has no value (undefined) and is skipped.
 */
import jsYaml from 'js-yaml';
import { AccountSchema } from '../../schemas/account.ts';
import { OrganisationSchema } from '../../schemas/organisation.ts';
import { toPublicAccount, toPublicOrganisation } from '../opendata/public-schema.ts';

export type ValueKind = 'account' | 'org';

/** A parsed public value: top-level field → canonical JSON of its value. */
export type RecordValue = ReadonlyMap<string, string>;

/** The public value of a version's text, or undefined when the text is not a YAML mapping. */
export function publicValue(kind: ValueKind, text: string): RecordValue | undefined {
	let raw: unknown;
	try {
		// CORE_SCHEMA, as the loaders read the files: `2022-12-01` stays a string.
		raw = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
	} catch {
		return undefined;
	}
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
	let value: object;
	try {
		value = kind === 'account' ? accountValue(raw as Record<string, unknown>) : orgValue(raw as Record<string, unknown>);
	} catch {
		// Whatever an old version holds, the history is a courtesy: it never stops the build.
		return undefined;
	}
	const fields = new Map<string, string>();
	for (const key of Object.keys(value).sort()) {
		const field = (value as Record<string, unknown>)[key];
		if (field !== undefined) fields.set(key, canonicalJson(field));
	}
	return fields;
}

function accountValue(raw: Record<string, unknown>): object {
	// The name without consent is taken out first, as publication would: a version the schema
	// refused only for that name is then compared as the schema reads it (defaults and all).
	const { responsible, ...rest } = raw;
	let record = raw;
	let person: Record<string, unknown> | undefined;
	if (responsible && typeof responsible === 'object' && !Array.isArray(responsible)) {
		const { name, ...others } = responsible as Record<string, unknown>;
		person = others.publishName === true && name !== undefined ? { ...others, name } : others;
		record = { ...rest, responsible: person };
	}
	const parsed = AccountSchema.safeParse(record);
	if (parsed.success) return toPublicAccount(parsed.data);
	// Refused by today's schema: the raw fields, without the consent flag (editorial, not published).
	if (!person) return record;
	const { publishName: _flag, ...published } = person;
	return { ...rest, responsible: published };
}

function orgValue(raw: Record<string, unknown>): object {
	const parsed = OrganisationSchema.safeParse(raw);
	return parsed.success ? toPublicOrganisation(parsed.data) : raw;
}

/** JSON with object keys sorted at every level: equal values, equal strings. */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	const entries = Object.keys(value)
		.sort()
		.filter((key) => (value as Record<string, unknown>)[key] !== undefined)
		.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
	return `{${entries.join(',')}}`;
}

/** The top-level fields whose values differ between two versions, sorted. */
export function changedFields(before: RecordValue, after: RecordValue): string[] {
	const keys = new Set([...before.keys(), ...after.keys()]);
	return [...keys].filter((key) => before.get(key) !== after.get(key)).sort();
}
