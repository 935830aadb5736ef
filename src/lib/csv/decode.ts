/**
 * Byte decoding for staff spreadsheets. Russian Excel saves «CSV (разделители — запятые)» in
 * Windows-1251 and «CSV UTF-8» with a BOM; files already in the tree are plain UTF-8.
 */

import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1251';

/** Where a character sits in a text: 1-based line, 1-based column in UTF-16 code units (as editors count). */
export interface TextPosition {
	line: number;
	column: number;
}

export interface Decoded {
	text: string;
	encoding: Encoding;
	/**
	 * Set when the bytes are UTF-8 with bytes that are not (a damaged file, a paste from another
	 * encoding): where the first such byte is in `text` (decoded with U+FFFD in its place) and its value.
	 */
	invalid?: TextPosition & { byte: number };
}

// Decoders are created once: check decodes ~200,000 files and construction is not free.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const cp1251 = new TextDecoder('windows-1251');

/**
 * UTF-8 with BOM (BOM stripped), else valid UTF-8, else Windows-1251. Pure ASCII is valid UTF-8,
 * so it is reported as 'utf-8'. A file of Cyrillic in 1251 is practically never valid UTF-8:
 * its bytes 0xC0–0xFF would each need continuation bytes 0x80–0xBF to follow. So a file whose
 * well-formed UTF-8 sequences outnumber its malformed ones is UTF-8 with damage, reported where
 * the damage is, not reread as 1251 (which would turn every Cyrillic letter of it into two
 * others and hide the one bad byte).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		// The BOM says UTF-8 outright; a bad byte later is located rather than guessed at.
		const body = bytes.subarray(3);
		if (isUtf8(body)) return { text: utf8.decode(body), encoding: 'utf-8-bom' };
		return { text: utf8.decode(body), encoding: 'utf-8-bom', invalid: invalidAt(body, utf8Damage(body).first) };
	}
	// isUtf8 rather than a fatal TextDecoder: the thrown error cost more than decoding a small file.
	if (isUtf8(bytes)) return { text: utf8.decode(bytes), encoding: 'utf-8' };
	const damage = utf8Damage(bytes);
	if (damage.wellFormed > damage.malformed) return { text: utf8.decode(bytes), encoding: 'utf-8', invalid: invalidAt(bytes, damage.first) };
	return { text: cp1251.decode(bytes), encoding: 'windows-1251' };
}

/**
 * Counts the well-formed multi-byte UTF-8 sequences and the malformed bytes (resynchronising one
 * byte on), and the offset of the first malformed one. Only files that fail isUtf8 come here.
 */
export function utf8Damage(bytes: Uint8Array): { first: number; wellFormed: number; malformed: number } {
	let first = -1;
	let wellFormed = 0;
	let malformed = 0;
	for (let i = 0; i < bytes.length;) {
		const length = sequenceLength(bytes, i);
		if (length === 1) i++;
		else if (length > 1) {
			wellFormed++;
			i += length;
		} else {
			if (first < 0) first = i;
			malformed++;
			i++;
		}
	}
	return { first, wellFormed, malformed };
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
	const b0 = bytes[i]!;
	if (b0 < 0x80) return 1;
	const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
	if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
	if (b0 >= 0xe0 && b0 <= 0xef) {
		const lo = b0 === 0xe0 ? 0xa0 : 0x80;
		const hi = b0 === 0xed ? 0x9f : 0xbf;
		return cont(1, lo, hi) && cont(2) ? 3 : 0;
	}
	if (b0 >= 0xf0 && b0 <= 0xf4) {
		const lo = b0 === 0xf0 ? 0x90 : 0x80;
		const hi = b0 === 0xf4 ? 0x8f : 0xbf;
		return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
	}
	return 0;
}

function invalidAt(bytes: Uint8Array, offset: number): TextPosition & { byte: number } {
	// Everything before the first malformed byte is valid UTF-8: decode it to count columns as an editor does.
	const before = utf8.decode(bytes.subarray(0, offset));
	return { ...positionOf(before, before.length), byte: bytes[offset]! };
}

/**
 * Where the first NUL character is, if any. A NUL is never text: a binary file, or a text damaged
 * in transit. YAML parsers refuse it without saying where (js-yaml counts it on line 1), and in a
 * CSV cell it would be published.
 */
export function nulPosition(text: string): TextPosition | undefined {
	const index = text.indexOf('\0');
	return index < 0 ? undefined : positionOf(text, index);
}

/** A byte as messages show it: 0xFF. */
export const hexByte = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * The position of `text[index]` (or of the end of `text` when index is past it). Line breaks are
 * LF, CRLF and a lone CR, as the CSV scanner and editors count them.
 */
export function positionOf(text: string, index: number): TextPosition {
	const end = Math.min(index, text.length);
	let line = 1;
	let start = 0;
	for (let i = 0; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: end - start + 1 };
}
