/**
 * Character classes shared by the parser and the look-alike checks.
 * Written as explicit ranges rather than \p{Default_Ignorable_Code_Point}
 * so the exact set is reviewable and identical in every JS engine.
 */

// Invisible or direction-changing characters: they make two links look identical
// while pointing at different (or no) pages, so their mere presence is suspicious.
const HIDDEN_SOURCE =
	'[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F' +
	'\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0' +
	'\\u{E0000}-\\u{E0FFF}]';
export const HIDDEN = new RegExp(HIDDEN_SOURCE, 'u');
export const HIDDEN_ALL = new RegExp(HIDDEN_SOURCE, 'gu');

// Whitespace a paste can carry around a link. Deliberately excludes U+FEFF and
// U+180E (which String.prototype.trim would eat): those count as hidden characters.
const SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]';
export const ANY_SPACE = new RegExp(SPACE, 'u');

/**
 * Cut by hand: `${SPACE}+$` retries from every space of a run that something else follows,
 * quadratic in a pasted cell of spaces.
 */
export function trimSpace(text: string): string {
	const start = skipSpace(text, 0, text.length, 1);
	return text.slice(start, skipSpace(text, text.length, start, -1));
}

// Quotes, brackets and sentence punctuation that prose wraps around a pasted link.
// '_' and '*' are not stripped: they are legal at the end of several networks' names.
const OPENERS = new Set([...'«"“„‟\'‘‚‹(<[{「『']);
const CLOSERS = new Set([...'»"”“‟\'’‘›)>]}」』.,;:!?…']);

export function stripProse(text: string): string {
	let start = 0;
	let end = text.length;
	for (;;) {
		const before = end - start;
		while (start < end && OPENERS.has(text[start] ?? '')) start++;
		while (end > start && CLOSERS.has(text[end - 1] ?? '')) end--;
		start = skipSpace(text, start, end, 1);
		end = skipSpace(text, end, start, -1);
		if (end - start === before) return text.slice(start, end);
	}
}

function skipSpace(text: string, from: number, limit: number, step: 1 | -1): number {
	let i = from;
	while (step === 1 ? i < limit : i > limit) {
		const ch = text[step === 1 ? i : i - 1] ?? '';
		if (!ANY_SPACE.test(ch)) break;
		i += step;
	}
	return i;
}

// Lone surrogates cannot be percent-encoded faithfully; the URL parser would
// silently turn them into U+FFFD and the result would not be the pasted link.
// (No lookbehind: older Safari versions lack it and this runs in the browser too.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(text: string): boolean {
	return LONE_SURROGATE.test(text);
}

export function hasNonAscii(text: string): boolean {
	return /[^\x00-\x7F]/.test(text);
}

const ALL_ASCII = /^[\x00-\x7F]+$/;

// IPA extensions, spacing modifier letters, phonetic extensions (and supplement), Latin
// extended-D/E: small capitals and phonetic letters drawn as variants of the ASCII ones.
const PHONETIC_LATIN = /[\u0250-\u02FF\u1D00-\u1DBF\uA720-\uA7FF\uAB30-\uAB6F]/;

/**
 * True when some non-ASCII character of text is drawn as another character yet names a different
 * page: a compatibility form (the Kelvin sign, fullwidth, mathematical and circled letters, 'ﬁ') or
 * a canonical singleton (the ohm sign for omega), whose NFKC form differs from it; a letter whose
 * case pair is ASCII (dotless 'ı', long 'ſ'); or a Latin small capital or phonetic letter (ᴏ, ᴠ, ꜱ),
 * which no orthography uses in names.
 */
export function imitatesAnother(text: string): boolean {
	for (const ch of text) {
		if (ch.charCodeAt(0) < 0x80) continue;
		// Judged in both cases: a name's id is its lowercase, and 'Ʊ' lowercases to the phonetic 'ʊ'.
		if (drawnAsAnother(ch) || drawnAsAnother(ch.toLowerCase())) return true;
	}
	return false;
}

function drawnAsAnother(ch: string): boolean {
	return ch.normalize('NFKC') !== ch || ALL_ASCII.test(ch.toLowerCase()) || ALL_ASCII.test(ch.toUpperCase()) || PHONETIC_LATIN.test(ch);
}
