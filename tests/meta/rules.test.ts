/**
 * Meta-tests over the rule files (ESLint's checkRuleFiles, adapted): the registry, the test files,
 * what each rule says it enforces, and its Russian texts. Message placeholders are checked against
 * the keys of the `data` objects the rule's source (and, for loader-owned messages, the loaders and
 * the engine) builds — a regex scan, deliberately simple: it catches typos such as {{acount}}.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPresets } from '../../src/policies/presets.ts';
import { RULES } from '../../src/rules/index.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULES_DIR = join(ROOT, 'src/rules');
const TESTS_DIR = join(ROOT, 'tests/rules');

const ruleFiles = readdirSync(RULES_DIR)
	.filter((name) => name.endsWith('.ts') && name !== 'index.ts')
	.map((name) => name.slice(0, -'.ts'.length))
	.sort();
const ids = RULES.map((rule) => rule.meta.id);
const CYRILLIC = /[А-Яа-яЁё]/;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

const read = (path: string) => readFileSync(path, 'utf8');
const sourcesUnder = (dir: string) =>
	readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.ts'))
		.map((name) => ({ path: `${dir}/${name}`, text: read(join(ROOT, dir, name)) }));
/** Where loader-owned findings are made: the loaders and the engine (settings, runner). */
const loaderSources = [...sourcesUnder('src/loaders'), ...sourcesUnder('src/engine')];

// ---- A small scanner for object literals in TypeScript source ----

/** Index just past the literal that starts at `open` (a «{»), skipping strings and comments. */
function endOfLiteral(src: string, open: number): number {
	let depth = 0;
	for (let i = open; i < src.length; i++) {
		const c = src[i]!;
		if (c === "'" || c === '"' || c === '`') {
			for (i++; i < src.length && src[i] !== c; i++) if (src[i] === '\\') i++;
		} else if (c === '/' && src[i + 1] === '/') {
			i = src.indexOf('\n', i);
			if (i === -1) return src.length;
		} else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return i + 1;
	}
	return src.length;
}

/** Splits the inside of a literal at its top-level commas. */
function topLevelParts(inner: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < inner.length; i++) {
		const c = inner[i]!;
		if (c === "'" || c === '"' || c === '`') {
			for (i++; i < inner.length && inner[i] !== c; i++) if (inner[i] === '\\') i++;
		} else if (c === '{' || c === '(' || c === '[') depth++;
		else if (c === '}' || c === ')' || c === ']') depth--;
		else if (c === ',' && depth === 0) {
			parts.push(inner.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(inner.slice(start));
	return parts.map((p) => p.trim()).filter(Boolean);
}

/** Keys of the literal assigned to `const <name> = {…}` in the source, if any. */
function keysOfConst(src: string, name: string, seen: Set<string>): string[] {
	if (seen.has(name)) return [];
	seen.add(name);
	const match = new RegExp(`(?:const|let)\\s+${name}\\s*(?::[^=]+)?=\\s*\\{`).exec(src);
	if (!match) return [];
	const open = match.index + match[0].length - 1;
	return keysOfLiteral(src, open, seen);
}

function keysOfLiteral(src: string, open: number, seen: Set<string>): string[] {
	const inner = src.slice(open + 1, endOfLiteral(src, open) - 1);
	const keys: string[] = [];
	for (const part of topLevelParts(inner)) {
		const spread = /^\.\.\.([A-Za-z_$][\w$]*)$/.exec(part);
		const named = /^(?:([A-Za-z_$][\w$]*)|'([^']+)')\s*:/.exec(part);
		const shorthand = /^([A-Za-z_$][\w$]*)$/.exec(part);
		if (spread) keys.push(...keysOfConst(src, spread[1]!, seen));
		else if (named) keys.push(named[1] ?? named[2]!);
		else if (shorthand) keys.push(shorthand[1]!);
	}
	return keys;
}

/** Keys of every `data` object a source builds: `data: {…}`, `data = {…}`, `data: name`. */
function dataKeys(src: string): Set<string> {
	const keys = new Set<string>();
	for (const match of src.matchAll(/\bdata\s*[:=]\s*(\{|[A-Za-z_$][\w$]*)/g)) {
		const seen = new Set<string>();
		if (match[1] === '{') keysOfLiteral(src, match.index + match[0].length - 1, seen).forEach((k) => keys.add(k));
		else keysOfConst(src, match[1]!, seen).forEach((k) => keys.add(k));
	}
	return keys;
}

/** Message ids a source reports: `messageId: 'x'` or `messageId: cond ? 'x' : 'y'`. */
function reportedMessageIds(src: string): Set<string> {
	const out = new Set<string>();
	for (const match of src.matchAll(/messageId:\s*([^,}\n]+)/g)) for (const id of match[1]!.matchAll(/'(\w+)'/g)) out.add(id[1]!);
	return out;
}

/** Message ids that loaders and the engine report for `ruleId` (`ruleId: '…', … messageId: '…'`). */
function loaderMessageIds(ruleId: string): Set<string> {
	const out = new Set<string>();
	for (const { text } of loaderSources) {
		for (const match of text.matchAll(/ruleId: '([\w-]+)'((?:(?!ruleId:)[\s\S]){0,600}?)messageId: '(\w+)'/g))
			if (match[1] === ruleId) out.add(match[3]!);
	}
	return out;
}

const ownsLoaderFindings = (ruleId: string) => loaderSources.some(({ text }) => text.includes(`ruleId: '${ruleId}'`));

/** Placeholders a rule's messages may use: `clause` (added by the runner) and its data keys. */
function allowedPlaceholders(ruleId: string): Set<string> {
	const allowed = new Set(['clause', ...dataKeys(read(join(RULES_DIR, `${ruleId}.ts`)))]);
	if (ownsLoaderFindings(ruleId)) for (const { text } of loaderSources) dataKeys(text).forEach((k) => allowed.add(k));
	return allowed;
}

describe('the rule registry (src/rules/index.ts)', () => {
	it('registers every rule file, and nothing else', () => {
		expect([...ids].sort()).toEqual(ruleFiles);
	});

	it('lists rules alphabetically by id', () => {
		expect(ids).toEqual([...ids].sort());
	});

	it('has no duplicate ids', () => {
		expect(new Set(ids).size).toBe(ids.length);
	});

	it.each(ruleFiles)('%s: meta.id equals the file name (default export)', async (file) => {
		const module = (await import(`../../src/rules/${file}.ts`)) as { default: { meta: { id: string } } };
		expect(module.default.meta.id).toBe(file);
		expect(RULES).toContain(module.default);
	});
});

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
	const { meta } = rule;

	it('has a test file tests/rules/<id>.test.ts', () => {
		expect(existsSync(join(TESTS_DIR, `${id}.test.ts`)), `tests/rules/${id}.test.ts`).toBe(true);
	});

	it('has a Russian title and description', () => {
		expect(meta.title.trim()).not.toBe('');
		expect(meta.title).toMatch(CYRILLIC);
		expect(meta.description.trim()).not.toBe('');
		expect(meta.description).toMatch(CYRILLIC);
	});

	it('enforces something real: fixed clauses exist in their preset, policy requirements name a PolicySchema key', () => {
		const { enforces } = meta;
		if (enforces.kind === 'fixed') {
			expect(enforces.clauses.length).toBeGreaterThan(0);
			const presets = loadPresets();
			for (const { policy, clause } of enforces.clauses) {
				expect(presets.has(policy), `preset ${policy}`).toBe(true);
				expect(
					presets.get(policy)!.clauses.map((c) => c.id),
					`${policy} clauses`,
				).toContain(clause);
			}
		} else if (enforces.kind === 'policy') {
			expect(Object.keys(PolicySchema.shape)).toContain(enforces.requirement);
		} else {
			expect(enforces.kind).toBe('data');
		}
	});

	it('has at least one message, each non-empty Russian text', () => {
		const entries = Object.entries(meta.messages);
		expect(entries.length).toBeGreaterThan(0);
		for (const [messageId, template] of entries) {
			expect(template.trim(), messageId).not.toBe('');
			expect(template, messageId).toMatch(CYRILLIC);
		}
	});

	it('uses only placeholders its reports supply', () => {
		const allowed = allowedPlaceholders(id);
		for (const [messageId, template] of Object.entries(meta.messages)) {
			for (const [, name] of template.matchAll(PLACEHOLDER)) expect(allowed, `${id}.${messageId}: {{${name}}}`).toContain(name);
		}
	});

	it('reports only message ids it defines, and defines none it never reports', () => {
		const reported = new Set([...reportedMessageIds(read(join(RULES_DIR, `${id}.ts`))), ...loaderMessageIds(id)]);
		expect([...reported].sort()).toEqual(Object.keys(meta.messages).sort());
	});

	it('declares defaultOptions and an optionsSchema together, and the schema accepts the defaults', () => {
		expect(meta.optionsSchema === undefined, 'optionsSchema is missing or superfluous').toBe(meta.defaultOptions === undefined);
		if (!meta.optionsSchema) return;
		const parsed = meta.optionsSchema.safeParse(meta.defaultOptions);
		expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
	});

	it('has a valid default level', () => {
		expect(['required', 'recommended']).toContain(meta.defaultLevel);
	});
});

it('parse-error.csv is Russian text of its own', () => {
	const parseError = RULES.find((rule) => rule.meta.id === 'parse-error')!;
	expect(parseError.meta.messages.csv!.replace(PLACEHOLDER, '')).toMatch(CYRILLIC);
});

describe('the placeholder scanner', () => {
	it('finds literal keys, shorthand keys, spreads and named objects', () => {
		const src = `
			const base = { account: a.id, internal };
			ctx.report({ data: { ...base, attested: x, 'days': 3 } });
			const data = { input, reason: r ?? 'неизвестно' };
			ctx.report({ data });
			ctx.report({ data: base });
		`;
		expect([...dataKeys(src)].sort()).toEqual(['account', 'attested', 'days', 'input', 'internal', 'reason']);
	});
});
