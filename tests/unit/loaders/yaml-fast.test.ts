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
	])('reports %j at %i:%i in Russian', (text, line, column, reason) => {
		const result = parseYamlFast(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect({ line: result.line, column: result.column }).toEqual({ line, column });
		expect(result.reason).toContain(reason);
	});
});
