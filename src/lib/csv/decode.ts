/**
 * Byte decoding for staff spreadsheets. Russian Excel saves «CSV (разделители — запятые)» in
 * Windows-1251 and «CSV UTF-8» with a BOM; files already in the tree are plain UTF-8.
 */

import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'windows-1251';

// Decoders are created once: check decodes ~200,000 files and construction is not free.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const cp1251 = new TextDecoder('windows-1251');

/**
 * UTF-8 with BOM (BOM stripped), else valid UTF-8, else Windows-1251. Pure ASCII is valid UTF-8,
 * so it is reported as 'utf-8'. A file of Cyrillic in 1251 is practically never valid UTF-8:
 * its bytes 0xC0–0xFF would each need continuation bytes 0x80–0xBF to follow.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding } {
	if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		// The BOM says UTF-8 outright; a stray bad byte later becomes U+FFFD rather than a guess.
		return { text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	}
	// isUtf8 rather than a fatal TextDecoder: the thrown error cost more than decoding a small file.
	if (isUtf8(bytes)) return { text: utf8.decode(bytes), encoding: 'utf-8' };
	return { text: cp1251.decode(bytes), encoding: 'windows-1251' };
}
