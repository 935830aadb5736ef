/**
 * The published-text refinement (src/schemas/plain-text.ts): which characters it refuses, in which
 * shape of field, and how it names them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText, findUnsafeChar, lineText } from '../../../src/schemas/plain-text.ts';

describe('findUnsafeChar', () => {
	it.each([
		['\u202E', 'U+202E', 'смена направления текста', 'bidi'],
		['\u202A', 'U+202A', 'встраивание слева направо', 'bidi'],
		['\u2066', 'U+2066', 'изоляция слева направо', 'bidi'],
		['\u2069', 'U+2069', 'конец изоляции направления', 'bidi'],
		['\u200E', 'U+200E', 'знак направления слева направо', 'bidi'],
		['\u200F', 'U+200F', 'знак направления справа налево', 'bidi'],
		['\u061C', 'U+061C', 'арабский знак направления', 'bidi'],
		['\u200B', 'U+200B', 'пробел нулевой ширины', 'invisible'],
		['\u200D', 'U+200D', 'соединитель нулевой ширины', 'invisible'],
		['\u2060', 'U+2060', 'невидимый соединитель слов', 'invisible'],
		['\uFEFF', 'U+FEFF', 'невидимый неразрывный пробел (метка порядка байтов)', 'invisible'],
		['\u00AD', 'U+00AD', 'мягкий перенос', 'invisible'],
		['\u{E0041}', 'U+E0041', 'невидимый символ', 'invisible'],
		['\u0000', 'U+0000', 'нулевой символ', 'control'],
		['\u0007', 'U+0007', 'звуковой сигнал', 'control'],
		['\u001B', 'U+001B', 'управляющий символ ESC', 'control'],
		['\u007F', 'U+007F', 'управляющий символ DEL', 'control'],
		['\u009B', 'U+009B', 'управляющий символ', 'control'],
		['\r', 'U+000D', 'возврат каретки', 'break'],
		['\u2028', 'U+2028', 'разделитель строк', 'break'],
		['\uD800', 'U+D800', 'половина составного символа', 'surrogate'],
	])('refuses %j in every field: %s (%s)', (char, code, name, kind) => {
		for (const shape of ['line', 'block'] as const) {
			expect(findUnsafeChar(`Адм${char}инистрация`, shape)).toEqual({ index: 3, position: 4, char, code, name, kind });
		}
	});

	it('refuses tab and line feed in one-line text only', () => {
		expect(findUnsafeChar('а\tб', 'line')).toMatchObject({ code: 'U+0009', kind: 'tab' });
		expect(findUnsafeChar('а\nб', 'line')).toMatchObject({ code: 'U+000A', kind: 'break' });
		expect(findUnsafeChar('а\tб\nв', 'block')).toBeUndefined();
	});

	it('counts the position in characters, not UTF-16 units', () => {
		expect(findUnsafeChar('😀\u202E', 'line')).toMatchObject({ index: 2, position: 2 });
	});

	it('accepts ordinary Russian text, typography and emoji with a variation selector', () => {
		for (const text of ['Администрация «Берёзовка» — 2\u202F000\u00A0жителей', '№ 5, п. 6; разд. II', '❤\uFE0F Ёлка', 'Ünïcödé ĳ ß']) {
			expect(findUnsafeChar(text, 'line')).toBeUndefined();
		}
	});

	it('finds the first of several', () => {
		expect(findUnsafeChar('а\u200Bб\u202Eв', 'line')).toMatchObject({ index: 1, code: 'U+200B' });
	});

	it('agrees with a code-point scan of the listed ranges on random text', () => {
		const ranges: [number, number][] = [
			[0x00, 0x08],
			[0x0b, 0x1f],
			[0x7f, 0x9f],
			[0xad, 0xad],
			[0x34f, 0x34f],
			[0x61c, 0x61c],
			[0x115f, 0x1160],
			[0x17b4, 0x17b5],
			[0x180b, 0x180f],
			[0x200b, 0x200f],
			[0x2028, 0x202e],
			[0x2060, 0x206f],
			[0x3164, 0x3164],
			[0xfeff, 0xfeff],
			[0xffa0, 0xffa0],
			[0xfff9, 0xfffb],
			[0xfffe, 0xffff],
			[0xe0000, 0xe0fff],
			[0xd800, 0xdfff],
		];
		const refused = (cp: number, shape: 'line' | 'block') =>
			(shape === 'line' && (cp === 0x09 || cp === 0x0a)) || ranges.some(([from, to]) => cp >= from && cp <= to);
		// Random code points rarely fall in the ranges: mix in characters from them and their edges.
		const samples = fc.constantFrom(
			'\t',
			'\n',
			'\u0007',
			'\u0020',
			'\u007E',
			'\u00A0',
			'\u200A',
			'\u202E',
			'\u202F',
			'\u2066',
			'\u2070',
			'\uD800',
			'\uFE0F',
			'\u{E0041}',
			'\u{E1000}',
		);
		const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), samples), { maxLength: 12 }).map((parts) => parts.join(''));
		fc.assert(
			fc.property(text, (value) => {
				for (const shape of ['line', 'block'] as const) {
					const expected = [...value].findIndex((ch) => refused(ch.codePointAt(0)!, shape));
					expect(findUnsafeChar(value, shape)?.position ?? 0).toBe(expected + 1);
				}
			}),
			{ numRuns: 500 },
		);
	}, 30_000);
});

describe('lineText and blockText', () => {
	it('keep their minimum length and refuse a hidden character with one located issue', () => {
		expect(lineText(3).safeParse('аб').success).toBe(false);
		const result = lineText(3).safeParse('Адми\u202Eнистрация');
		expect(result.success).toBe(false);
		expect(result.error?.issues).toHaveLength(1);
		expect(result.error?.issues[0]).toMatchObject({ code: 'custom', params: { unsafeChar: '\u202E' } });
		expect(result.error?.issues[0]?.message).toBe(
			'знак 5: символ U+202E (смена направления текста) — он не виден, но меняет порядок букв на странице и в таблицах; удалите его (такие символы попадают в текст при копировании из документов и браузера)',
		);
		expect(blockText().parse('Первая строка.\nВторая строка.')).toBe('Первая строка.\nВторая строка.');
	});
});
