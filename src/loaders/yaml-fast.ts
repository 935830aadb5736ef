/**
 * Fast YAML path: js-yaml is about 8x faster than `yaml` (issue 2, §7), so every file is parsed with
 * it, and the position-keeping parser runs only for files that have findings (see yaml-locate.ts),
 * or to place an unclosed quote js-yaml has failed on.
 * CORE_SCHEMA (YAML 1.2) keeps `2022-12-01` a string, as `yaml` does: both parsers agree on values.
 */
import jsYaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { positionOf } from '../lib/csv/decode.ts';
import { unclosedQuoteStart } from './yaml-locate.ts';

export type YamlParse = { ok: true; value: unknown } | { ok: false; line: number; column: number; reason: string };

export function parseYamlFast(text: string): YamlParse {
	try {
		return { ok: true, value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false }) };
	} catch (error) {
		if (error instanceof jsYaml.YAMLException) {
			// js-yaml marks an unclosed quote where the file ends; the clerk needs where it opens.
			const opened = UNCLOSED_QUOTE.test(error.reason) ? unclosedQuoteStart(text) : undefined;
			if (opened) return { ok: false, ...opened, reason: translateYamlReason(error.reason) };
			// js-yaml gives no position for a second document (`---`): the position-keeping parser finds it.
			if (MORE_DOCUMENTS.test(error.reason)) return { ok: false, ...secondDocument(text), reason: ONE_DOCUMENT };
			// Any other reason without a mark: the file is still refused, at its start, never with a crash.
			if (!error.mark) return { ok: false, line: 1, column: 1, reason: translateYamlReason(error.reason) };
			return { ok: false, line: error.mark.line + 1, column: error.mark.column + 1, reason: translateYamlReason(error.reason) };
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

/** js-yaml's reasons in Russian, for the ones staff actually hit when editing by hand. */
const REASONS: [RegExp, string][] = [
	[/duplicated mapping key/, 'поле указано дважды'],
	[/bad indentation/, 'неверный отступ: поля одного уровня должны начинаться в одном столбце'],
	[/end of the stream or a document separator is expected/, 'лишний текст или неверный отступ'],
	[UNCLOSED_QUOTE, 'не закрыта кавычка'],
	[/incomplete explicit mapping pair|missed comma|expected ':'/, 'пропущено двоеточие после имени поля'],
	[/tab characters must not be used/, 'табуляция в отступе: используйте пробелы'],
	[/can not read a block mapping entry|multiline key/, 'строка не похожа на «поле: значение»'],
];

export function translateYamlReason(reason: string): string {
	for (const [pattern, russian] of REASONS) if (pattern.test(reason)) return russian;
	return `синтаксическая ошибка YAML (${reason})`;
}
