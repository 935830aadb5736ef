import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/csv/index.ts';
import { nulPosition, positionOf } from '../../../src/lib/csv/decode.ts';
import { encodeCp1251, utf8 } from './cp1251.ts';

describe('decodeBytes', () => {
	it.each([
		['pure ASCII is UTF-8, not 1251', utf8('account,posts\nx,1\n'), 'utf-8', 'account,posts\nx,1\n'],
		['empty file', new Uint8Array(), 'utf-8', ''],
		['UTF-8 Cyrillic', utf8('Аккаунт;Ёлка\n'), 'utf-8', 'Аккаунт;Ёлка\n'],
		['UTF-8 with BOM, BOM stripped', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Аккаунт\n')]), 'utf-8-bom', 'Аккаунт\n'],
		['Windows-1251 Cyrillic', encodeCp1251('Аккаунт;Неделя с;Ёж\u00a0ёж\n'), 'windows-1251', 'Аккаунт;Неделя с;Ёж\u00a0ёж\n'],
		['a single 1251 letter', encodeCp1251('я'), 'windows-1251', 'я'],
	] as const)('%s', (_name, bytes, encoding, text) => {
		expect(decodeBytes(bytes)).toEqual({ encoding, text });
	});

	it('the hand-made 1251 encoder agrees with the platform decoder for every Cyrillic letter', () => {
		const alphabet = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя';
		expect(new TextDecoder('windows-1251').decode(encodeCp1251(alphabet))).toBe(alphabet);
	});
});

describe('damaged UTF-8 is located, not reread as Windows-1251', () => {
	const lines = (n: number) => Array.from({ length: n }, (_, i) => `строка ${i + 1}`).join('\n');

	it('a bad byte on line 8 of a UTF-8 file: the file stays UTF-8 and the byte is located', () => {
		const bytes = new Uint8Array([...utf8(`${lines(7)}\nабв`), 0xff, ...utf8('где\n')]);
		const decoded = decodeBytes(bytes);
		expect(decoded.encoding).toBe('utf-8');
		expect(decoded.invalid).toEqual({ line: 8, column: 4, byte: 0xff });
		expect(decoded.text.split('\n')[7]).toBe('абв\ufffdгде');
	});

	it('a Windows-1251 file whose first letters happen to form a UTF-8 pair («Н» then «Ё») is still 1251', () => {
		const text = 'НЁ: Администрация района\nТема;Формат\n';
		expect(decodeBytes(encodeCp1251(text))).toEqual({ encoding: 'windows-1251', text });
	});

	it('a damaged file after a BOM keeps the BOM encoding and locates the byte', () => {
		const decoded = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('а\nб'), 0xd1]));
		expect(decoded).toMatchObject({ encoding: 'utf-8-bom', invalid: { line: 2, column: 2, byte: 0xd1 } });
	});
});

describe('positionOf / nulPosition', () => {
	it('counts LF, CRLF and a lone CR as one line break each, and columns in UTF-16 units', () => {
		expect(positionOf('a\nb\r\nc\rd😀e', 10)).toEqual({ line: 4, column: 4 });
	});

	it('finds the first NUL', () => {
		expect(nulPosition('ok\nok\nx\u0000y')).toEqual({ line: 3, column: 2 });
		expect(nulPosition('no nul here')).toBeUndefined();
	});
});
