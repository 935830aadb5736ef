/**
 * Minimal Windows-1251 encoder for test fixtures (iconv-lite is not installed): ASCII, А–я,
 * Ё/ё, NBSP. Enough for the Russian headers and values the tests need.
 */
export function encodeCp1251(text: string): Uint8Array {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes[i] = c;
		else if (c >= 0x410 && c <= 0x44f) bytes[i] = c - 0x410 + 0xc0;
		else if (c === 0x401) bytes[i] = 0xa8;
		else if (c === 0x451) bytes[i] = 0xb8;
		else if (c === 0xa0) bytes[i] = 0xa0;
		else throw new Error(`no Windows-1251 byte for U+${c.toString(16)} in test fixture`);
	}
	return bytes;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
