/**
 * ESLint's RuleTester, adapted to data trees: each case copies the valid fixture tree
 * (tests/fixtures/valid) into a fresh temp dir, applies its edits, runs the check with the rule
 * under test plus the loader-owned rules, and compares that rule's findings with the table.
 *
 * Loader findings (parse-error, schema-valid, file-layout, references-resolve) of a case's edits
 * fail the case unless it says `others: 'allow'`: a typo in a case's YAML would otherwise drop the
 * file from the dataset and make the rule under test pass for the wrong reason. Every finding's
 * message must also be fully rendered (no «{{placeholder}}» left): a missing data key or citation
 * would otherwise reach a clerk as template text.
 */
import { mondaysOfQuarter } from '../../src/lib/dates.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/rule.ts';
import { runCheck } from '../../src/engine/run.ts';
import type { Finding } from '../../src/engine/types.ts';
import fileLayout from '../../src/rules/file-layout.ts';
import parseError from '../../src/rules/parse-error.ts';
import referencesResolve from '../../src/rules/references-resolve.ts';
import schemaValid from '../../src/rules/schema-valid.ts';

export const VALID_TREE = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

/** Ids of the rules every run includes, so loader findings always have a registered rule. */
export const LOADER_RULES: readonly Rule<any>[] = [parseError, schemaValid, fileLayout, referencesResolve];

/** New content, `null` to delete, or a function of the old content (UTF-8; '' for a new file). */
export type Edit = string | Uint8Array | null | ((old: string) => string);
export type Edits = Record<string, Edit>;

export interface ExpectedFinding {
	messageId: string;
	severity?: Finding['severity'];
	/** Subset match. */
	data?: Record<string, unknown>;
	/** Relative to the temp tree, forward slashes. */
	file?: string;
	line?: number;
	column?: number;
	header?: string;
	citation?: { policy?: string; clause?: string; text?: string };
	confidential?: boolean;
	/** Properties the finding must not have (e.g. `citation`). */
	absent?: (keyof Finding)[];
	/** Substrings the rendered message must contain / must not contain. */
	messageIncludes?: string[];
	messageExcludes?: string[];
}

export interface ValidCase {
	name: string;
	edits?: Edits;
	/** YYYY-MM-DD; default 2026-10-05 (the fixture's asOf). */
	today?: string;
	/** 'allow' lets other rules report (for cases that must break a file on purpose). */
	others?: 'allow';
	/** More rules to run (e.g. one whose options compliance.yaml sets, for schema-valid). */
	withRules?: Rule<any>[];
}

export interface InvalidCase extends ValidCase {
	errors: ExpectedFinding[];
}

export interface RunCaseResult {
	/** Findings of the rule under test. */
	findings: Finding[];
	/** Findings of every other rule in the run. */
	others: Finding[];
}

export const DEFAULT_TODAY = '2026-10-05';

/** Copies the valid tree, applies the edits, runs the check, removes the copy. */
export function runCase(rule: Rule<any>, testCase: ValidCase): RunCaseResult {
	const tmp = mkdtempSync(join(tmpdir(), `rule-${rule.meta.id}-`));
	try {
		cpSync(VALID_TREE, tmp, { recursive: true });
		applyEdits(tmp, testCase.edits ?? {});
		const extra = [...LOADER_RULES, ...(testCase.withRules ?? [])];
		const rules = [rule, ...extra.filter((r, i) => r.meta.id !== rule.meta.id && extra.findIndex((o) => o.meta.id === r.meta.id) === i)];
		const { findings } = runCheck({ dataDir: tmp, today: testCase.today ?? DEFAULT_TODAY, cwd: tmp, rules });
		return {
			findings: findings.filter((f) => f.ruleId === rule.meta.id),
			others: findings.filter((f) => f.ruleId !== rule.meta.id),
		};
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

export function applyEdits(root: string, edits: Edits): void {
	for (const [path, edit] of Object.entries(edits)) {
		const abs = join(root, path);
		if (edit === null) {
			rmSync(abs, { recursive: true, force: true });
			continue;
		}
		mkdirSync(dirname(abs), { recursive: true });
		if (typeof edit === 'function') {
			let old = '';
			try {
				old = readFileSync(abs, 'utf8');
			} catch {
				// A new file: the function builds it from nothing.
			}
			const next = edit(old);
			// A function that changes nothing is almost always a replace() that missed its target.
			if (next === old) throw new Error(`edit of ${path} changed nothing: check the search text`);
			writeFileSync(abs, next);
		} else {
			writeFileSync(abs, edit);
		}
	}
}

/** Replaces `search` (must occur) with `replacement`; for edits. */
export const replace =
	(search: string | RegExp, replacement: string) =>
	(old: string): string => {
		const next = old.replace(search, replacement);
		if (next === old) throw new Error(`replace: «${String(search)}» not found`);
		return next;
	};

/** Appends text (adds a newline first if the file lacks one). */
export const append =
	(text: string) =>
	(old: string): string =>
		(old === '' || old.endsWith('\n') ? old : `${old}\n`) + text;

/** Compact view for failure output. */
function summary(f: Finding): string {
	return `${f.ruleId}/${f.messageId} ${f.severity} ${f.file}:${f.line ?? '?'}:${f.column ?? '?'} ${f.message}`;
}

function checkOthers(testCase: ValidCase, others: Finding[]): void {
	if (testCase.others === 'allow') return;
	expect(others.map(summary), 'other rules reported: the case edits probably broke a file').toEqual([]);
}

function checkRendered(findings: Finding[]): void {
	for (const f of findings) expect(f.message, `unfilled placeholder in ${summary(f)}`).not.toMatch(/\{\{/);
}

export function assertFinding(actual: Finding, expected: ExpectedFinding): void {
	const { messageIncludes, messageExcludes, absent, ...shape } = expected;
	expect(actual).toMatchObject(shape);
	for (const key of absent ?? []) expect(actual).not.toHaveProperty(key);
	for (const text of messageIncludes ?? []) expect(actual.message).toContain(text);
	for (const text of messageExcludes ?? []) expect(actual.message).not.toContain(text);
}

/** Runs one invalid case and asserts its findings; exported for one-off cases outside the table. */
export function checkInvalid(rule: Rule<any>, testCase: InvalidCase): void {
	const { findings, others } = runCase(rule, testCase);
	checkOthers(testCase, others);
	checkRendered(findings);
	expect(findings.map(summary), 'number of findings').toHaveLength(testCase.errors.length);
	testCase.errors.forEach((expected, i) => assertFinding(findings[i]!, expected));
}

export function checkValid(rule: Rule<any>, testCase: ValidCase): void {
	const { findings, others } = runCase(rule, testCase);
	checkOthers(testCase, others);
	expect(findings.map(summary)).toEqual([]);
}

export interface RuleTests {
	valid: ValidCase[];
	invalid: InvalidCase[];
}

/** ESLint's `ruleTester.run(name, rule, { valid, invalid })`. */
export function ruleTester(rule: Rule<any>, tests: RuleTests): void {
	describe(rule.meta.id, () => {
		if (tests.valid.length) {
			describe('valid', () => {
				it.each(tests.valid.map((c) => [c.name, c] as const))('%s', (_name, testCase) => checkValid(rule, testCase));
			});
		}
		if (tests.invalid.length) {
			describe('invalid', () => {
				it.each(tests.invalid.map((c) => [c.name, c] as const))('%s', (_name, testCase) => checkInvalid(rule, testCase));
			});
		}
	});
}

// ---- Fixture snippets shared by the rule tests ----

export const ORG = 'orgs/test-admin/org.yaml';
export const VK = 'orgs/test-admin/accounts/test-admin-vk.yaml';
export const OK = 'orgs/test-admin/accounts/test-admin-ok.yaml';
export const INTERNAL = 'internal/test-admin.yaml';
export const SITE = 'site.yaml';
export const COMPLIANCE = 'compliance.yaml';
export const STATS = 'orgs/test-admin/stats/2026-q3.csv';
export const PLANS = 'orgs/test-admin/plans/2026-q3.csv';
export const REPLIES = 'orgs/test-admin/replies/2026-q3.csv';

/** Mondays of 2026 Q3 (13 weeks). */
export const Q3_MONDAYS = [
	'2026-07-06',
	'2026-07-13',
	'2026-07-20',
	'2026-07-27',
	'2026-08-03',
	'2026-08-10',
	'2026-08-17',
	'2026-08-24',
	'2026-08-31',
	'2026-09-07',
	'2026-09-14',
	'2026-09-21',
	'2026-09-28',
];

/** Builds a stats CSV: one row per (account, monday) with `posts(account, monday)` posts; `null` leaves the row out. */
export function statsCsv(accounts: string[], mondays: string[], posts: (account: string, monday: string) => number | null): string {
	const rows = ['account,week_start,posts,views'];
	for (const monday of mondays) {
		for (const account of accounts) {
			const n = posts(account, monday);
			if (n !== null) rows.push(`${account},${monday},${n},1000`);
		}
	}
	return `${rows.join('\n')}\n`;
}

/** Reads a fixture file's text (for building variants). */
export function fixture(path: string): string {
	return readFileSync(join(VALID_TREE, path), 'utf8');
}

/** Adds days to an ISO date (UTC). */
export function plusDays(iso: string, days: number): string {
	return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** An account YAML for a new page of test-admin (all profile elements, reviewed, responsible). */
export function accountYaml(fields: {
	id: string;
	network: string;
	url: string;
	status?: string;
	org?: string;
	opened?: string;
	extra?: string;
}): string {
	return [
		`id: ${fields.id}`,
		`org: ${fields.org ?? 'test-admin'}`,
		`network: ${fields.network}`,
		`url: ${fields.url}`,
		'name: Администрация Тестового района',
		`status: ${fields.status ?? 'active'}`,
		`opened: ${fields.opened ?? '2022-11-01'}`,
		'profile: { official-status: true, description: true, design: true, address: true, geolocation: true, email: true, phones: true, website: true }',
		'gospabliki: 2023-02-01',
		'reviewed: 2026-09-01',
		'responsible:',
		'  position: Начальник отдела информационной политики',
		...(fields.extra ? [fields.extra] : []),
		'',
	].join('\n');
}

/** A second organisation's org.yaml (valid INN/OGRN of the fixture reused: ids are not unique-checked). */
export function orgYaml(fields: { id: string; kind?: string; policies?: string[]; extra?: string; website?: boolean }): string {
	return [
		`id: ${fields.id}`,
		'name: Тестовая организация номер два',
		'shortName: Тестовая организация',
		`kind: ${fields.kind ?? 'local-administration'}`,
		'parent: null',
		"inn: '7701234560'",
		"ogrn: '1027700123450'",
		'address: 123456, Тестовая область, с. Тестовое, ул. Ленина, д. 2',
		...(fields.website === false ? [] : ['website: https://test-rayon.example']),
		...(fields.policies ? [`policies: [${fields.policies.join(', ')}]`] : []),
		...(fields.extra ? [fields.extra] : []),
		'',
	].join('\n');
}

/** Applies several function edits in turn. */
export const chain =
	(...fns: ((old: string) => string)[]) =>
	(old: string): string =>
		fns.reduce((text, fn) => fn(text), old);

/** The fixture organisation with another kind and/or its own list of policies. */
export function orgEdit(fields: { kind?: string; policies?: string[]; extra?: string }): (old: string) => string {
	return chain(
		...(fields.kind ? [replace('kind: local-administration', `kind: ${fields.kind}`)] : []),
		...(fields.policies ? [append(`policies: [${fields.policies.join(', ')}]\n`)] : []),
		...(fields.extra ? [append(`${fields.extra}\n`)] : []),
	);
}

export const EXEMPT = 'exemption: { policy: khasyn-undated, clause: annex, note: включено в перечень приложения }';

/** Mondays of a quarter (ISO weeks whose Monday falls in it): the check's own calendar. */
export function mondaysOf(year: number, quarter: number): string[] {
	return [...mondaysOfQuarter(year, quarter)];
}

/**
 * Builds a content plan: `count(key, monday)` rows in the week, key = account id or `*<network>`.
 * Every row is dated on the Monday itself, so no row falls outside the file's quarter.
 */
export function plansCsv(keys: string[], mondays: string[], count: (key: string, monday: string) => number, status = 'planned'): string {
	const rows = ['date,account,network,topic,format,status'];
	for (const monday of mondays) {
		for (const key of keys) {
			for (let i = 0; i < count(key, monday); i++) {
				const [account, network] = key.startsWith('*') ? ['', key.slice(1)] : [key, ''];
				rows.push(`${monday},${account},${network},Новости района ${i + 1},photo,${status}`);
			}
		}
	}
	return `${rows.join('\n')}\n`;
}
