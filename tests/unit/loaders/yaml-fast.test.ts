import { describe, expect, it } from 'vitest';
import { parseYamlFast } from '../../../src/loaders/yaml-fast.ts';

describe('parseYamlFast', () => {
	it('keeps dates as strings, as the yaml package does (YAML 1.2 core schema)', () => {
		expect(parseYamlFast('opened: 2022-12-01\nyes: no\n')).toEqual({ ok: true, value: { opened: '2022-12-01', yes: 'no' } });
	});

	it.each([
		['a: 1\n  b: 2\n', 2, 4, 'неверный отступ'],
		['a: 1\na: 2\n', 2, 1, 'поле указано дважды'],
		// An unclosed quote is placed where it opens, not where the text runs out.
		['a: "open\n', 1, 4, 'не закрыта кавычка'],
		['a: 1\nb: \'open\nc: 3\n', 2, 4, 'не закрыта кавычка'],
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
});
