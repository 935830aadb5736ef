import { HIDDEN, hasNonAscii, imitatesAnother } from './chars.ts';
import type { PathResult } from './networks/types.ts';
import { isConfusableName } from './skeleton.ts';

export type NameCheck = { ok: true; name: string } | { ok: false; result: PathResult };

const LOOKALIKE: NameCheck = { ok: false, result: { kind: 'lookalike', reason: 'confusable-name' } };

export interface NameRules {
	/** Tested against the lowercased name (or the name as is with keepCase). */
	pattern: RegExp;
	/** Networks whose names may use non-Latin scripts (YouTube handles). */
	unicode?: boolean;
	/** YouTube channel ids are case-sensitive. */
	keepCase?: boolean;
}

/**
 * Validates one account name taken from a path, in the order that keeps
 * look-alikes out: invisible characters first, then names that imitate Latin
 * with other scripts, then plain syntax.
 */
export function checkName(raw: string, rules: NameRules): NameCheck {
	// Judged as typed: NFC and toLowerCase() turn the Kelvin sign into an ASCII K/k, yet the browser
	// requests the sign itself, a page that is not the registered one.
	if (HIDDEN.test(raw)) return { ok: false, result: { kind: 'lookalike', reason: 'hidden-characters' } };
	if (hasNonAscii(raw)) {
		if (imitatesAnother(raw) || isConfusableName(raw)) return LOOKALIKE;
		// Where names are Latin only, a foreign character beside Latin letters or digits
		// ('primer_admin★') dresses up a real-looking name; a name with no Latin at all ('привет')
		// imitates nothing and only names a page that cannot exist.
		if (rules.unicode !== true) return /[a-z0-9]/i.test(raw) ? LOOKALIKE : { ok: false, result: { kind: 'invalid', reason: 'bad-name' } };
	}
	const name = raw.normalize('NFC');
	// Lowercasing can leave a decomposed sequence ('İ' -> 'i̇'); normalise again so the id is stable.
	const folded = rules.keepCase === true ? name : name.toLowerCase().normalize('NFC');
	if (!rules.pattern.test(folded)) return { ok: false, result: { kind: 'invalid', reason: 'bad-name' } };
	return { ok: true, name: folded };
}

/** Shorthand for resolvers: a validated name becomes an account or post id. */
export function named(
	raw: string,
	rules: NameRules,
	kind: 'account' | 'post',
	toId: (name: string) => string = (name) => name,
): PathResult {
	const check = checkName(raw, rules);
	return check.ok ? { kind, id: toId(check.name) } : check.result;
}
