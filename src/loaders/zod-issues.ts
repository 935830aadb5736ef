/**
 * Zod issues in words a clerk can act on (the Starlight `error-map` idea): the field's path first,
 * then what was expected and what was found. Zod's own Russian locale is the fallback; it mixes
 * in English type names («ожидалось string»), which staff should not have to decode.
 */
import { z, type core } from 'zod';
import { isNetwork } from '../lib/links/index.ts';
import { networkLabel } from '../lib/network-words.ts';
import { codeOf, UNSAFE_CHAR_PARAM } from '../schemas/plain-text.ts';

z.config(z.locales.ru());

const TYPE_RU: Record<string, string> = {
	string: 'текст',
	number: 'число',
	int: 'целое число',
	boolean: 'true или false',
	array: 'список',
	object: 'набор полей «поле: значение»',
	date: 'дата',
	null: 'пусто',
	undefined: 'значение',
};

// Controls and invisible or direction-changing characters, shown by their code: echoed as they
// are, they would reorder or hide the rest of the message in a terminal, a CI log or a merge request.
const HIDDEN_IN_MESSAGE = /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\u{D800}-\u{DFFF}]/gu;

/** Short, safe rendering of a received value: no long strings (they may be anything), no hidden characters. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'ничего (поле не заполнено)';
	if (value === null) return 'пустое значение';
	if (Array.isArray(value)) return 'список';
	if (typeof value === 'object') return 'набор полей';
	const text = String(value);
	const short = text.length > 40 ? `${text.slice(0, 37)}…` : text;
	return `«${short.replace(HIDDEN_IN_MESSAGE, (char) => `[${codeOf(char.codePointAt(0)!)}]`)}»`;
}

export function fieldName(path: readonly PropertyKey[]): string {
	return path
		.map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p)))
		.join('.')
		.replace(/\.\[/g, '[');
}

export interface FriendlyIssue {
	path: (string | number)[];
	/** Set for unknown fields: the key to point at. */
	key?: string;
	/** Set for a character a published text may not contain: the character to point at. */
	char?: string;
	message: string;
	/**
	 * What the issue is about, as written: `absent` (a missing field, or a record-wide refinement
	 * with no value of its own), `value` (a scalar, or a key for unknown fields) or `block` (a map or
	 * list). A file read only in part (a syntax error) reports only what it can vouch for.
	 */
	about: 'absent' | 'value' | 'block';
}

/** The character a plain-text refinement (src/schemas/plain-text.ts) refused, if this is its issue. */
function unsafeChar(issue: core.$ZodIssue): string | undefined {
	if (issue.code !== 'custom') return undefined;
	const char: unknown = issue.params?.[UNSAFE_CHAR_PARAM];
	return typeof char === 'string' ? char : undefined;
}

export function friendlyIssues(error: z.ZodError): FriendlyIssue[] {
	const out: FriendlyIssue[] = [];
	for (const issue of error.issues) {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				out.push({ path, key, message: `неизвестное поле «${key}»: проверьте написание или удалите его`, about: 'value' });
			}
			continue;
		}
		const char = unsafeChar(issue);
		const input = issue.input;
		const about = input === undefined || input === null ? 'absent' : typeof input === 'object' ? 'block' : 'value';
		out.push({ path, ...(char === undefined ? {} : { char }), message: explain(issue), about });
	}
	return out;
}

/** An allowed value as it is written, with the network's name for network codes: «vk — ВКонтакте». */
function allowedValue(value: unknown): string {
	const text = String(value);
	return isNetwork(text) ? `${text} — ${networkLabel(text)}` : text;
}

function explain(issue: core.$ZodIssue): string {
	const field = issue.path.length ? `поле «${fieldName(issue.path)}»: ` : '';
	// «поле «name», знак 12: символ U+202E (…)»: the position reads as part of the field's name.
	if (unsafeChar(issue) !== undefined) return issue.path.length ? `поле «${fieldName(issue.path)}», ${issue.message}` : issue.message;
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined)
				return `${field}обязательное поле не заполнено (ожидалось: ${TYPE_RU[issue.expected] ?? issue.expected})`;
			return `${field}ожидалось: ${TYPE_RU[issue.expected] ?? issue.expected}; указано ${describeValue(issue.input)}`;
		case 'invalid_value':
			return `${field}ожидалось одно из: ${issue.values.map(allowedValue).join(', ')}; указано ${describeValue(issue.input)}`;
		case 'too_small':
			if (issue.origin === 'array') return `${field}нужно не менее ${issue.minimum} элемент(ов) в списке`;
			if (issue.origin === 'string') return `${field}слишком короткое значение (не менее ${issue.minimum} символов)`;
			return `${field}значение должно быть не меньше ${issue.minimum}; указано ${describeValue(issue.input)}`;
		case 'too_big':
			if (issue.origin === 'string') return `${field}слишком длинное значение (не более ${issue.maximum} символов)`;
			return `${field}значение должно быть не больше ${issue.maximum}; указано ${describeValue(issue.input)}`;
		default:
			return `${field}${issue.message}`;
	}
}

/** Parse with the friendly messages; `reportInput` lets messages say what was found. */
export function parseFriendly<T extends z.ZodType>(
	schema: T,
	value: unknown,
): { ok: true; value: z.infer<T> } | { ok: false; issues: FriendlyIssue[] } {
	const result = schema.safeParse(value, { reportInput: true });
	return result.success ? { ok: true, value: result.data } : { ok: false, issues: friendlyIssues(result.error) };
}
