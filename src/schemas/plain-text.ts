/**
 * Published free text (names, titles, summaries) must read on the page, in the open-data CSV and in
 * a screen reader exactly as it reads in the data file. Control characters and the invisible or
 * direction-changing characters of Unicode break that: U+202E (right-to-left override) shows
 * «Администрация» as «яицартсинимдА» on every page and in every spreadsheet, a zero-width space
 * makes a name that search and duplicate checks cannot find, a bell or escape character corrupts
 * terminals and CSV readers. They reach the data by copy and paste from documents and browsers.
 *
 * One refinement, applied by every published text field (`lineText`, `blockText`, and the https
 * links of common.ts): it names the first such character by its code and Russian name, and carries
 * the character in the issue's params so the finding points at the character itself, not at the
 * start of the value (src/loaders/yaml-locate.ts). Imports only zod.
 *
 * The set is written as explicit ranges, not `\p{Default_Ignorable_Code_Point}`, so it is
 * reviewable and the same in every engine. Variation selectors (U+FE00–U+FE0F) are not in it:
 * they are part of ordinary emoji.
 */
import { z } from 'zod';

/** Where a field's text may break lines: names and titles are one line, summaries may be several. */
export type TextShape = 'line' | 'block';

export type UnsafeKind = 'break' | 'tab' | 'control' | 'bidi' | 'invisible' | 'surrogate';

export interface UnsafeChar {
	/** Index of the character in the value (UTF-16 code units, as String#indexOf). */
	index: number;
	/** 1-based position among the value's characters (code points), as a reader counts them. */
	position: number;
	/** The character itself (one code point). */
	char: string;
	/** `U+202E`. */
	code: string;
	/** Russian name, e.g. «смена направления текста». */
	name: string;
	kind: UnsafeKind;
}

// Tab and line feed are allowed in multi-line text; every other C0 control, DEL and C1 never.
// One character class each, no quantifier: a linear scan (eslint-plugin-regexp checks the project's
// regular expressions for super-linear backtracking).
const COMMON =
	'\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5' +
	'\\u180B-\\u180F\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\u3164\\uFEFF\\uFFA0\\uFFF9-\\uFFFB' +
	'\\uFFFE\\uFFFF\\u{E0000}-\\u{E0FFF}\\u{D800}-\\u{DFFF}';
const UNSAFE: Record<TextShape, RegExp> = {
	line: new RegExp(`[\\t\\n${COMMON}]`, 'u'),
	block: new RegExp(`[${COMMON}]`, 'u'),
};

const NAMES: Readonly<Record<number, string>> = {
	0x00: 'нулевой символ',
	0x07: 'звуковой сигнал',
	0x08: 'возврат на один знак',
	0x09: 'табуляция',
	0x0a: 'перевод строки',
	0x0b: 'вертикальная табуляция',
	0x0c: 'перевод страницы',
	0x0d: 'возврат каретки',
	0x1b: 'управляющий символ ESC',
	0x7f: 'управляющий символ DEL',
	0x85: 'следующая строка',
	0xad: 'мягкий перенос',
	0x061c: 'арабский знак направления',
	0x200b: 'пробел нулевой ширины',
	0x200c: 'разъединитель нулевой ширины',
	0x200d: 'соединитель нулевой ширины',
	0x200e: 'знак направления слева направо',
	0x200f: 'знак направления справа налево',
	0x2028: 'разделитель строк',
	0x2029: 'разделитель абзацев',
	0x202a: 'встраивание слева направо',
	0x202b: 'встраивание справа налево',
	0x202c: 'конец встраивания или смены направления',
	0x202d: 'принудительное направление слева направо',
	0x202e: 'смена направления текста',
	0x2060: 'невидимый соединитель слов',
	0x2066: 'изоляция слева направо',
	0x2067: 'изоляция справа налево',
	0x2068: 'изоляция по первому знаку',
	0x2069: 'конец изоляции направления',
	0xfeff: 'невидимый неразрывный пробел (метка порядка байтов)',
};

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const BREAKS = new Set([0x0a, 0x0d, 0x85, 0x2028, 0x2029]);

function kindOf(cp: number): UnsafeKind {
	if (BREAKS.has(cp)) return 'break';
	if (cp === 0x09) return 'tab';
	if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'control';
	if (BIDI.has(cp)) return 'bidi';
	if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
	return 'invisible';
}

function nameOf(cp: number, kind: UnsafeKind): string {
	const known = NAMES[cp];
	if (known) return known;
	switch (kind) {
		case 'control':
			return 'управляющий символ';
		case 'surrogate':
			return 'половина составного символа';
		default:
			return 'невидимый символ';
	}
}

export const codeOf = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character a published text of this shape may not contain, or undefined. */
export function findUnsafeChar(text: string, shape: TextShape): UnsafeChar | undefined {
	const match = UNSAFE[shape].exec(text);
	if (!match) return undefined;
	const char = match[0];
	const cp = char.codePointAt(0)!;
	const kind = kindOf(cp);
	return { index: match.index, position: [...text.slice(0, match.index)].length + 1, char, code: codeOf(cp), name: nameOf(cp, kind), kind };
}

const ADVICE: Record<UnsafeKind, Record<TextShape, string>> = {
	break: {
		line: 'значение пишется в одну строку: уберите перенос строки',
		block: 'замените его обычным переносом строки',
	},
	tab: { line: 'замените табуляцию пробелом', block: 'замените табуляцию пробелом' },
	control: {
		line: 'это управляющий символ, он не виден и портит текст на странице и в таблицах; удалите его',
		block: 'это управляющий символ, он не виден и портит текст на странице и в таблицах; удалите его',
	},
	bidi: {
		line: 'он не виден, но меняет порядок букв на странице и в таблицах; удалите его',
		block: 'он не виден, но меняет порядок букв на странице и в таблицах; удалите его',
	},
	invisible: {
		line: 'он не виден, и по такому тексту не найдёт поиск; удалите его',
		block: 'он не виден, и по такому тексту не найдёт поиск; удалите его',
	},
	surrogate: {
		line: 'это неполный символ; удалите его или впишите знак заново',
		block: 'это неполный символ; удалите его или впишите знак заново',
	},
};

/**
 * «знак 12: символ U+202E (смена направления текста) — он не виден, …». The position comes first
 * so that zod-issues.ts can write «поле «name», знак 12: …».
 */
export function unsafeCharMessage(found: UnsafeChar, shape: TextShape): string {
	const copied =
		found.kind === 'break' || found.kind === 'tab' ? '' : ' (такие символы попадают в текст при копировании из документов и браузера)';
	return `знак ${found.position}: символ ${found.code} (${found.name}) — ${ADVICE[found.kind][shape]}${copied}`;
}

/** Key of the issue params that carry the character, read by src/loaders/zod-issues.ts. */
export const UNSAFE_CHAR_PARAM = 'unsafeChar';

/** The refinement itself: one issue for the first character, with the character in its params. */
export function refusesUnsafeChars(shape: TextShape) {
	return (value: string, ctx: z.RefinementCtx): void => {
		const found = findUnsafeChar(value, shape);
		if (!found) return;
		ctx.addIssue({ code: 'custom', message: unsafeCharMessage(found, shape), input: value, params: { [UNSAFE_CHAR_PARAM]: found.char } });
	};
}

/** One-line published text: names, titles, labels, positions, addresses. */
export const lineText = (min = 1) => z.string().min(min).superRefine(refusesUnsafeChars('line'));

/** Published text that may run over several lines (tab and line feed allowed): summaries, quotes, notes. */
export const blockText = (min = 1) => z.string().min(min).superRefine(refusesUnsafeChars('block'));
