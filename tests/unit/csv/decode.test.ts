import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/lib/csv/index.ts';
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
