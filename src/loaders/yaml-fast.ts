/**
 * Fast YAML path: js-yaml is about 8x faster than `yaml`, so every file is parsed with
 * it, and the position-keeping parser runs only for files that have findings (see yaml-locate.ts),
 * or to place an unclosed quote js-yaml has failed on.
 * CORE_SCHEMA (YAML 1.2) keeps `2022-12-01` a string, as `yaml` does: both parsers agree on values.
 */
import jsYaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { positionOf } from '../lib/csv/decode.ts';
import { unclosedQuoteStart } from './yaml-locate.ts';

/** One syntax error, 1-based, with its Russian reason (what is wrong and what to do). */
export interface YamlSyntaxError {
	line: number;
	column: number;
	reason: string;
}

/**
 * A file that does not parse still has all its syntax errors reported (`errors`, the first also as
 * `line`, `column`, `reason`), and what parsed around them: `partial` is the file read with the broken
 * lines (`skippedLines`) left out, `partialText` that text, line for line the file's own. Undefined
 * `partial` means nothing could be read (a second document, or errors past the cap).
 */
export type YamlParse =
	| { ok: true; value: unknown }
	| ({ ok: false; errors: YamlSyntaxError[]; partial: unknown; partialText: string | undefined; skippedLines: number[] } & YamlSyntaxError);

/** More errors than this in one file: the rest is unreadable anyway, and each try is a parse. */
const MAX_ERRORS = 20;

export function parseYamlFast(text: string): YamlParse {
	const first = loadOnce(text, text);
	if (first.ok) return first;
	const errors = [first.error];
	const skipped = new Set<number>();
	let partial: unknown;
	let partialText: string | undefined;
	if (!first.secondDocument) {
		// Each broken line (with the lines indented under it, which belonged to it) is blanked and the
		// rest parsed again: line numbers stay the file's own, and every error js-yaml meets is one the
		// clerk has to fix, not a consequence of an earlier one.
		const lines = text.split('\n');
		for (let round = 0; round < MAX_ERRORS; round++) {
			blankBlock(lines, errors[errors.length - 1]!.line, skipped);
			const rest = lines.join('\n');
			const next = loadOnce(rest, text);
			if (next.ok) {
				partial = next.value;
				partialText = rest;
				break;
			}
			// No progress (the error is where the text runs out, on a blank line or on a line already
			// blanked): what is left is a consequence of an error already reported.
			if (next.secondDocument || skipped.has(next.error.line) || (lines[next.error.line - 1] ?? '').trim() === '') break;
			errors.push(next.error);
		}
	}
	errors.sort((a, b) => a.line - b.line || a.column - b.column);
	return { ok: false, ...errors[0]!, errors, partial, partialText, skippedLines: [...skipped].sort((a, b) => a - b) };
}

/** Blanks 1-based `line` and the lines indented deeper under it (blank lines among them are kept). */
function blankBlock(lines: string[], line: number, skipped: Set<number>): void {
	const at = line - 1;
	if (at < 0 || at >= lines.length) return;
	const indent = indentOf(lines[at]!);
	lines[at] = '';
	skipped.add(line);
	for (let i = at + 1; i < lines.length; i++) {
		const current = lines[i]!;
		if (current.trim() === '') continue;
		if (indentOf(current) <= indent) break;
		lines[i] = '';
		skipped.add(i + 1);
	}
}

/**
 * Where the clerk has to look, when js-yaml marks where it noticed the problem instead: an unclosed
 * bracket is noticed where the text runs out, a line that is not «поле: значение» at the line after it.
 */
function culprit(text: string, reason: string, marked: { line: number; column: number }): { line: number; column: number } {
	const lines = text.split('\n');
	if (UNCLOSED_FLOW.test(reason)) {
		for (let i = Math.min(marked.line, lines.length) - 1; i >= 0; i--) {
			const opener = unmatchedOpener(lines[i]!);
			if (opener >= 0) return { line: i + 1, column: opener + 1 };
		}
	}
	if (MULTILINE_KEY.test(reason)) {
		for (let i = marked.line - 2; i >= 0; i--) {
			const line = lines[i]!;
			if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
			if (!KEY_VALUE_LINE.test(line)) return { line: i + 1, column: indentOf(line) + 1 };
			break;
		}
	}
	return marked;
}

const UNCLOSED_FLOW = /within a flow collection|missed comma between flow collection entries/;
const MULTILINE_KEY = /can not read a block mapping entry|multiline key/;
const KEY_VALUE_LINE = /^\s*(?:-\s+)?[^\s#][^:]*:(?:\s|$)/;

/** Index of the last `[` or `{` of a line that the line does not close, or -1 (quotes are not tracked: a hint). */
function unmatchedOpener(line: string): number {
	const open: number[] = [];
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (char === '#' && (i === 0 || line[i - 1] === ' ')) break;
		if (char === '[' || char === '{') open.push(i);
		else if ((char === ']' || char === '}') && open.length) open.pop();
	}
	return open.length ? open[open.length - 1]! : -1;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

type Once = { ok: true; value: unknown } | { ok: false; error: YamlSyntaxError; secondDocument: boolean };

/** One js-yaml parse; an error is placed and translated. `original` is the file as written, for quotes and keys. */
function loadOnce(text: string, original: string): Once {
	try {
		return { ok: true, value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
	} catch (error) {
		if (error instanceof jsYaml.YAMLException) {
			// js-yaml marks an unclosed quote where the file ends; the clerk needs where it opens.
			const opened = UNCLOSED_QUOTE.test(error.reason) ? unclosedQuoteStart(text) : undefined;
			if (opened) return { ok: false, error: { ...opened, reason: translateYamlReason(error.reason) }, secondDocument: false };
			// js-yaml gives no position for a second document (`---`): the position-keeping parser finds it.
			if (MORE_DOCUMENTS.test(error.reason))
				return { ok: false, error: { ...secondDocument(text), reason: ONE_DOCUMENT }, secondDocument: true };
			// Any other reason without a mark: the file is still refused, at its start, never with a crash.
			const marked = error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : { line: 1, column: 1 };
			const at = culprit(text, error.reason, marked);
			const lineText = original.split('\n')[at.line - 1];
			// js-yaml calls a value starting with «@» or «`» (reserved in YAML) a bad indentation.
			const reason = RESERVED_START.includes(lineText?.[at.column - 1] ?? '')
				? RESERVED_REASON
				: translateYamlReason(error.reason, lineText);
			return { ok: false, error: { ...at, reason }, secondDocument: false };
		}
		throw error;
	}
}

const MORE_DOCUMENTS = /expected a single document in the stream/;
const ONE_DOCUMENT =
	'в файле должен быть один документ, а строка «---» начинает второй: удалите её (и «...», если есть) или перенесите то, что ниже, в отдельный файл';

/** Where the second document of a stream starts: its `---` line, or its first line after a `...`. */
function secondDocument(text: string): { line: number; column: number } {
	const docs = parseAllDocuments(text);
	const start = Array.isArray(docs) && docs.length > 1 ? docs[1]!.range[0] : 0;
	return positionOf(text, start);
}

const UNCLOSED_QUOTE = /unexpected end of the stream within a (single|double) quoted scalar/;

const ALIGN = 'выровняйте строку по соседним полям того же уровня (отступы — только пробелами)';
const QUOTE_IT = 'если это часть значения, возьмите всё значение в кавычки';

const RESERVED_START = ['@', '`'];
const RESERVED_REASON = `значение не может начинаться с этого знака (@, \`, %): ${QUOTE_IT}`;

/**
 * js-yaml's reasons in Russian, each with what to do. A reason not listed still gets a Russian
 * message: a clerk never sees the parser's English.
 */
const REASONS: [RegExp, string][] = [
	[/bad indentation|deficient indentation/, `неверный отступ: поля одного уровня должны начинаться в одном столбце — ${ALIGN}`],
	[
		/end of the stream or a document separator is expected/,
		`лишний текст или неверный отступ: строка не продолжает запись выше — ${ALIGN} или удалите лишнее`,
	],
	[UNCLOSED_QUOTE, 'не закрыта кавычка: поставьте такую же кавычку в конце значения'],
	[
		/within a flow collection|missed comma between flow collection entries/,
		'не закрыта скобка [ или {, или между элементами пропущена запятая: проверьте скобки и запятые',
	],
	[/whitespace character is expected after the key-value separator/, 'после двоеточия нужен пробел: пишите «поле: значение»'],
	[/incomplete explicit mapping pair|a colon is missed|expected ':'/, 'пропущено двоеточие после имени поля: пишите «поле: значение»'],
	[/tab characters must not be used/, 'табуляция в отступе: отступы делаются только пробелами — замените табуляцию пробелами'],
	[MULTILINE_KEY, 'строка не похожа на «поле: значение»: после имени поля нужны двоеточие и пробел, и всё это — в одной строке'],
	[
		/unknown escape sequence|expected hexadecimal character|expected valid JSON character/,
		'неверная обратная косая черта «\\» в значении в двойных кавычках: напишите её дважды или возьмите значение в одинарные кавычки',
	],
	[/alias|anchor/, `значение начинается с «*» или «&», а так в этом формате пишутся ссылки на другие значения: ${QUOTE_IT}`],
	[/tag|handle/, `значение начинается с «!», а так в этом формате указывают тип значения: уберите «!» или возьмите значение в кавычки`],
	[/directive|directives end mark/, 'строка, начинающаяся с «%», здесь не нужна: удалите её'],
	[/expected the node content/, RESERVED_REASON],
	[
		/block scalar|chomping mode|indentation width/,
		'неверно записан многострочный текст после «|» или «>»: строки текста пишутся с отступом под именем поля',
	],
	[/a line break is expected/, 'после этого знака ожидался перенос строки: перенесите остальное на новую строку'],
	[/non-printable|null byte|non-ASCII line breaks/, 'в строке невидимый служебный символ: наберите эту строку заново'],
];

/** The key a «key: value» line names, without quotes; cut by hand, a regular expression here backtracks. */
function keyOf(lineText: string): string | undefined {
	let rest = lineText.trimStart();
	if (rest.startsWith('- ')) rest = rest.slice(2).trimStart();
	const colon = rest.indexOf(':');
	if (colon <= 0) return undefined;
	const key = rest
		.slice(0, colon)
		.trim()
		.replace(/^["']|["']$/g, '');
	return key === '' || key.includes('#') ? undefined : key;
}

/** `reason` from js-yaml in Russian; `lineText` (the line it marks) names the field for a duplicated key. */
export function translateYamlReason(reason: string, lineText?: string): string {
	if (/duplicated mapping key/.test(reason)) {
		const key = lineText === undefined ? undefined : keyOf(lineText);
		const field = key === undefined ? 'поле' : `поле «${key}»`;
		return `${field} указано дважды: оставьте одно, с верным значением, другое удалите`;
	}
	for (const [pattern, russian] of REASONS) if (pattern.test(reason)) return russian;
	return 'запись не читается: сравните эту строку с соседними — отступы пробелами, двоеточие и пробел после имени поля, парные кавычки и скобки';
}
