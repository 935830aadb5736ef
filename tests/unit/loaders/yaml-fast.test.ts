import { describe, expect, it } from 'vitest';
import { parseYamlFast } from '../../../src/loaders/yaml-fast.ts';

describe('parseYamlFast', () => {
	it('keeps dates as strings, as the yaml package does (YAML 1.2 core schema)', () => {
		expect(parseYamlFast('opened: 2022-12-01\nyes: no\n')).toEqual({ ok: true, value: { opened: '2022-12-01', yes: 'no' } });
	});

	it.each([
		['a: 1\n  b: 2\n', 2, 4, 'неверный отступ'],
		['a: 1\na: 2\n', 2, 1, 'поле «a» указано дважды'],
		// An unclosed quote is placed where it opens, not where the text runs out.
		['a: "open\n', 1, 4, 'не закрыта кавычка'],
		["a: 1\nb: 'open\nc: 3\n", 2, 4, 'не закрыта кавычка'],
		['a:\n\t- x\n', 2, 1, 'табуляция в отступе'],
		// A second document: located at its «---», never a crash (js-yaml gives no position for it).
		['a: 1\n---\nb: 2\n', 2, 1, 'в файле должен быть один документ'],
		['# карточка\n---\na: 1\n---\nb: 2\n', 4, 1, 'в файле должен быть один документ'],
		['---\n---\n', 2, 1, 'в файле должен быть один документ'],
		['a: 1\n...\nb: 2\n', 3, 1, 'в файле должен быть один документ'],
	])('reports %j at %i:%i in Russian', (text, line, column, reason) => {
		const result = parseYamlFast(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect({ line: result.line, column: result.column }).toEqual({ line, column });
		expect(result.reason).toContain(reason);
	});

	it.each([
		['an explicit start of the only document', '---\na: 1\n', { a: 1 }],
		['a document end marker with nothing after it', 'a: 1\n...\n', { a: 1 }],
		['a block scalar holding «---» (indented: not a marker)', 'a: |\n  x\n  ---\n', { a: 'x\n---\n' }],
		['an empty document', '---\n', null],
		['comments only', '# заполнить\n# позже\n', null],
	])('accepts %s', (_name, text, value) => {
		expect(parseYamlFast(text)).toEqual({ ok: true, value });
	});

	it('reports every syntax error of a file, each at its own line, not only the first', () => {
		const text = ['a: 1', "b: 'open", 'c: 3', 'd: 4', '\te: 5', 'f: 6', 'c: 7', ''].join('\n');
		const result = parseYamlFast(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map(({ line, column, reason }) => ({ line, column, reason: reason.split(':')[0] }))).toEqual([
			{ line: 2, column: 4, reason: 'не закрыта кавычка' },
			{ line: 5, column: 1, reason: 'табуляция в отступе' },
			{ line: 7, column: 1, reason: 'поле «c» указано дважды' },
		]);
	});

	it('keeps what parsed around the broken lines, and says which lines were left out', () => {
		const result = parseYamlFast('a: 1\nb: "open\n  more\nc: 3\n');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.partial).toEqual({ a: 1, c: 3 });
		expect(result.skippedLines).toEqual([2, 3]);
	});

	it.each([
		['a: [1, 2\nb: 3\n'],
		['a: "x\\q"\n'],
		['a: *missing\n'],
		['a: `x\n'],
		['a: @x\n'],
		['a: b: c\n'],
		['- a\nb: 1\n'],
		['a: !!binary zzz\n'],
		['%YAML 1.2\n%YAML 1.2\n---\na: 1\n'],
	])("explains %j in Russian with no word of the parser's English", (text) => {
		const result = parseYamlFast(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		for (const { reason } of result.errors) {
			expect(reason).not.toMatch(/[A-Za-z]{3,}/);
			expect(reason).toMatch(/[а-яё]/);
		}
	});
});
