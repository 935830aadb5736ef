import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../../src/cli/resolve.ts', import.meta.url));

function run(args: string[], stdin = '') {
	const result = spawnSync(process.execPath, [CLI, ...args], { input: stdin, encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lines(stdout: string): unknown[] {
	return stdout
		.split('\n')
		.slice(0, -1)
		.map((line) => JSON.parse(line) as unknown);
}

// Spawning node takes a few hundred milliseconds on a busy machine.
describe('resolve CLI', { timeout: 20_000 }, () => {
	it('canonicalises arguments, one line each, keys in contract order', () => {
		const { code, stdout, stderr } = run(['vk.com/public177238460', 'https://vk.com/publik177238460', 'nonsense']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toMatchInlineSnapshot(`
			"{"input":"vk.com/public177238460","kind":"account","network":"vk","canonical":"vk:club177238460","reason":null}
			{"input":"https://vk.com/publik177238460","kind":"account","network":"vk","canonical":"vk:publik177238460","reason":"misspelt-numeric-form","hint":"vk:club177238460"}
			{"input":"nonsense","kind":"invalid","network":null,"canonical":null,"reason":"not-a-link"}
			"
		`);
	});

	it('reads stdin line by line: empty lines, CRLF and surrounding spaces kept verbatim', () => {
		const { code, stdout } = run([], 't.me/durov\r\n\n  https://ok.ru/group/123  \r\nvk.corn/durov\n');
		expect(code).toBe(0);
		expect(stdout).toMatchInlineSnapshot(`
			"{"input":"t.me/durov","kind":"account","network":"tg","canonical":"tg:durov","reason":null}
			{"input":"","kind":"invalid","network":null,"canonical":null,"reason":"not-a-link"}
			{"input":"  https://ok.ru/group/123  ","kind":"account","network":"ok","canonical":"ok:group/123","reason":null}
			{"input":"vk.corn/durov","kind":"lookalike","network":"vk","canonical":null,"reason":"homoglyph-host"}
			"
		`);
	});

	it('emits exactly one line per input line, final newline or not', () => {
		expect(lines(run([], 'a\nb').stdout)).toHaveLength(2);
		expect(lines(run([], 'a\nb\n').stdout)).toHaveLength(2);
		expect(lines(run([], '\n').stdout)).toHaveLength(1);
		expect(run([], '').stdout).toBe('');
		// A lone CR and U+2028 are content, not line breaks.
		const odd = lines(run([], 'a\rb\nc\u2028d\n').stdout) as { input: string }[];
		expect(odd.map((line) => line.input)).toEqual(['a\rb', 'c\u2028d']);
	});

	it('keeps order and constant shape over many lines', () => {
		const input = Array.from({ length: 5000 }, (_, i) => `https://vk.com/id${i + 1}`).join('\n');
		const out = lines(run([], input).stdout) as { canonical: string }[];
		expect(out).toHaveLength(5000);
		expect(out[4999]?.canonical).toBe('vk:id5000');
		expect(out.every((line, i) => line.canonical === `vk:id${i + 1}`)).toBe(true);
	});

	it('handles multi-byte characters split across chunks', () => {
		const name = 'https://www.youtube.com/@минтруд';
		const input = Array.from({ length: 3000 }, () => name).join('\n');
		const out = lines(run([], input).stdout) as { canonical: string }[];
		expect(new Set(out.map((line) => line.canonical))).toEqual(new Set(['youtube:@минтруд']));
	});

	it('accepts links after -- even if they look like flags', () => {
		const out = lines(run(['--', '-vk.com/durov']).stdout) as { input: string }[];
		expect(out.map((line) => line.input)).toEqual(['-vk.com/durov']);
	});

	it('prints Russian usage for --help', () => {
		const { code, stdout } = run(['--help']);
		expect(code).toBe(0);
		expect(stdout).toContain('Использование');
	});

	it('exits 2 with Russian usage on stderr for an unknown flag, no stack trace', () => {
		const { code, stdout, stderr } = run(['--frobnicate', 'vk.com/durov']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain('Неизвестный параметр: --frobnicate');
		expect(stderr).toContain('Использование');
		expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
	});
});
