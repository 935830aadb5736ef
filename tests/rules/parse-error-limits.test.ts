/**
 * The check's limits on what it reads (src/lib/limits.ts): a file past one is reported once, where
 * the limit is passed, as `parse-error`/`limit`, and not read further; the rest of the tree is checked.
 */
import { cpSync, mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/engine/run.ts';
import { LIMITS } from '../../src/lib/limits.ts';
import rule from '../../src/rules/parse-error.ts';
import { applyEdits, DEFAULT_TODAY, fixture, LOADER_RULES, ORG, PLANS, runCase, STATS, VALID_TREE, type Edits } from './rule-tester.ts';

const TIMEOUT = 60_000;

function limits(edits: Edits) {
	const { findings, others } = runCase(rule, { name: 'limits', edits, others: 'allow' });
	return { limit: findings.filter((f) => f.messageId === 'limit'), findings, others };
}

describe('parse-error: limits', () => {
	it('a YAML file of 200,000 unknown keys: one finding for its size, nothing else from it', { timeout: TIMEOUT }, () => {
		const keys = Array.from({ length: 200_000 }, (_, i) => `unknown${i}: 1\n`).join('');
		const { limit, findings, others } = limits({ [ORG]: (old) => old + keys });
		expect(limit).toHaveLength(1);
		expect(limit[0]).toMatchObject({ file: ORG, line: 1, column: 1, severity: 'error' });
		expect(limit[0]!.message).toContain('Размер файла больше допустимого: не более 1 МБ (здесь 3,1 МБ)');
		expect(findings).toHaveLength(1);
		expect(others.filter((f) => f.file === ORG)).toEqual([]);
	});

	it('a YAML file of more than 20,000 keys: one finding at the first key past the limit', { timeout: TIMEOUT }, () => {
		const text = fixture(ORG) + Array.from({ length: LIMITS.yamlKeys }, (_, i) => `unknown${i}: 1\n`).join('');
		const key = Object.keys(jsYaml.load(text) as object)[LIMITS.yamlKeys]!;
		const line = text.split('\n').findIndex((l) => l.startsWith(`${key}:`)) + 1;
		const { limit, others } = limits({ [ORG]: text });
		expect(limit).toHaveLength(1);
		expect(limit[0]).toMatchObject({ file: ORG, line, column: 1 });
		expect(limit[0]!.message).toMatch(
			/^Число полей в файле больше допустимого: не более 20\u00a0000\. Файл не проверен дальше этого места\. Проверьте/,
		);
		// No unknown-field findings: the file was not validated.
		expect(others.filter((f) => f.file === ORG)).toEqual([]);
	});

	it('a YAML line over 100,000 characters: located at its first character past the limit', () => {
		const { limit } = limits({ [ORG]: (old) => `${old}description: ${'д'.repeat(LIMITS.lineChars)}\n` });
		expect(limit).toHaveLength(1);
		expect(limit[0]).toMatchObject({ file: ORG, line: fixture(ORG).split('\n').length, column: LIMITS.lineChars + 1 });
		expect(limit[0]!.message).toContain('Длина строки больше допустимого: не более 100\u00a0000 символов (здесь 100\u00a0013 символов)');
	});

	it(
		'a CSV header of 1,000,000 columns: one located finding (its line is too long), nothing else from the file',
		{ timeout: TIMEOUT },
		() => {
			const header = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',');
			const { limit, findings, others } = limits({ [STATS]: `${header}\n` });
			expect(limit).toHaveLength(1);
			expect(limit[0]).toMatchObject({ file: STATS, line: 1, column: LIMITS.lineChars + 1 });
			expect(findings).toHaveLength(1);
			expect(others.filter((f) => f.file === STATS)).toEqual([]);
		},
	);

	it('a CSV header of 1,001 columns: located at the 1,001st', () => {
		const header = ['account', 'week_start', 'posts', 'views', ...Array.from({ length: LIMITS.columns - 3 }, () => '')].join(',');
		const { limit, findings } = limits({ [STATS]: (old) => old.replace(/^[^\n]*/, header) });
		expect(limit).toHaveLength(1);
		expect(limit[0]).toMatchObject({ file: STATS, line: 1, column: header.length + 1 });
		expect(limit[0]!.message).toContain('Число столбцов больше допустимого: не более 1\u00a0000.');
		expect(findings).toHaveLength(1);
	});

	it('a quoted CSV cell over 100,000 characters on short lines: located where the cell opens, with its header', () => {
		const cell = `"${'слово\n'.repeat(LIMITS.cellChars / 6 + 1)}"`;
		const { limit, findings } = limits({ [PLANS]: (old) => `${old}2026-07-20,test-admin-vk,vk,${cell},photo,planned\n` });
		expect(limit).toHaveLength(1);
		expect(limit[0]).toMatchObject({ file: PLANS, line: fixture(PLANS).split('\n').length, column: 29, header: 'topic' });
		expect(limit[0]!.message).toContain('Длина ячейки больше допустимого');
		expect(findings).toHaveLength(1);
	});

	it('a table over 16 MB is not read at all; the other files are still checked', () => {
		const tmp = mkdtempSync(join(tmpdir(), 'limits-'));
		try {
			cpSync(VALID_TREE, tmp, { recursive: true });
			applyEdits(tmp, { [ORG]: (old) => `${old}unknownField: 1\n` });
			// A sparse file: its size is all the check may look at.
			truncateSync(join(tmp, STATS), LIMITS.tableBytes + 1);
			const { findings } = runCheck({ dataDir: tmp, cwd: tmp, today: DEFAULT_TODAY, rules: LOADER_RULES });
			const limit = findings.filter((f) => f.messageId === 'limit');
			expect(limit).toHaveLength(1);
			expect(limit[0]).toMatchObject({ file: STATS, line: 1, column: 1 });
			expect(limit[0]!.message).toContain('Размер таблицы больше допустимого: не более 16 МБ (здесь 16 МБ)');
			expect(findings.filter((f) => f.file === STATS)).toHaveLength(1);
			expect(findings.some((f) => f.file === ORG && f.ruleId === 'schema-valid')).toBe(true);
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	});
});
