import { ASCII_CONFUSABLES } from './confusables-data.ts';

/**
 * Look-alikes that UTS #39 does not map to ASCII, kept because links need them. Latin small capitals:
 * Unicode maps them to the Cyrillic lowercase they match (ᴍ → м, ʜ → н), and skeleton() folds that
 * lowercase with its ASCII-looking capital, so the small capital goes the same way. 'ω' reads as 'w'.
 * Dots and dashes: the ideographic full stop is what a Chinese or Japanese keyboard types for '.', and
 * the dashes stand for the hyphen in hosts and names.
 */
const LINK_EXTRAS: Readonly<Record<string, string>> = {
	a: 'ᴀ',
	b: 'ʙ',
	d: 'ᴅ',
	e: 'ᴇ',
	f: 'ꜰ',
	g: 'ɢ',
	h: 'ʜ',
	j: 'ᴊ',
	k: 'ᴋ',
	l: 'ʟ',
	m: 'ᴍ',
	n: 'ɴ',
	p: 'ᴘ',
	q: 'ꞯ',
	t: 'ᴛ',
	w: 'ω',
	'.': '。｡',
	'-': '‐‑‒–—−',
};

function toMap(...tables: Readonly<Record<string, string>>[]): Map<string, string> {
	const map = new Map<string, string>();
	for (const table of tables) {
		for (const [prototype, chars] of Object.entries(table)) for (const ch of chars) if (!map.has(ch)) map.set(ch, prototype);
	}
	return map;
}

/** Unicode's own judgement alone: the characters UTS #39 says are drawn as ASCII letters and digits. */
export const ASCII_LOOKALIKES: ReadonlyMap<string, string> = toMap(ASCII_CONFUSABLES);

/**
 * skeleton()'s table: Unicode's, the link extras above, and the other case of every letter in them.
 * skeleton() is case-insensitive, so a letter must fold as its capital does: 'В' is drawn as 'B', hence
 * 'в' folds to 'b' too, and 'г' (drawn as 'r') takes 'Г' with it.
 */
export const CONFUSABLES: ReadonlyMap<string, string> = (() => {
	const map = toMap(ASCII_CONFUSABLES, LINK_EXTRAS);
	for (const [ch, prototype] of [...map]) {
		for (const other of [ch.toLowerCase(), ch.toUpperCase()]) {
			// Only single non-ASCII characters: 'ſ' uppercases to ASCII 'S', which must stay itself.
			if (other !== ch && [...other].length === 1 && other.charCodeAt(0) >= 0x80 && !map.has(other)) map.set(other, prototype);
		}
	}
	return map;
})();
