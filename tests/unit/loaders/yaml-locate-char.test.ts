/** YamlLocator.locateChar: the position of a refused character inside a scalar, as written. */
import { describe, expect, it } from 'vitest';
import { YamlLocator } from '../../../src/loaders/yaml-locate.ts';

describe('YamlLocator.locateChar', () => {
	it.each([
		['a plain scalar', 'id: x\nname: Адми\u202Eнистрация\n', ['name'], '\u202E', 2, 11],
		['a double-quoted \\u escape', 'name: "Адми\\u202eнистрация"\n', ['name'], '\u202E', 1, 12],
		['a named escape', 'name: "Адми\\aнистрация"\n', ['name'], '\u0007', 1, 12],
		['a \\x escape after an escaped backslash', 'name: "a\\\\a\\x07"\n', ['name'], '\u0007', 1, 12],
		['the break of a literal block, not of its header', 'name: |\n  Адми\n  нистрация\n', ['name'], '\n', 2, 7],
		['an item of a list', 'removes:\n  - спам\n  - реклама\u200B\n', ['removes', 1], '\u200B', 3, 12],
	])('%s', (_name, text, path, char, line, column) => {
		expect(new YamlLocator(text).locateChar(path, char)).toEqual({ line, column });
	});

	it('falls back to the value when the character is not in its source', () => {
		expect(new YamlLocator("name: 'Адми'\n").locateChar(['name'], '\u202E')).toEqual({ line: 1, column: 7 });
	});
});
