/** The bench generator writes a valid tree of the requested size, the same bytes for the same seed. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchTree, type BenchSummary } from '../../bench/generate.ts';
import { listFiles, validateTree } from './tree.ts';

const temps: string[] = [];
const temp = () => {
	const dir = mkdtempSync(join(tmpdir(), 'bench-'));
	temps.push(dir);
	return dir;
};
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

let dir: string;
let summary: BenchSummary;
beforeAll(() => {
	dir = temp();
	summary = generateBenchTree(dir, { accounts: 1_000, seed: 7 });
});

describe('bench generator', () => {
	it('writes the requested number of accounts, ~4 an org, a year of weekly rows each', () => {
		expect(summary).toMatchObject({ orgs: 250, accounts: 1_000, statsRows: 1_000 * 52 });
		const files = listFiles(dir);
		expect(files.filter((f) => /\/accounts\//.test(f))).toHaveLength(1_000);
		expect(files.filter((f) => /\/stats\/2025-q[1-4]\.csv$/.test(f))).toHaveLength(250 * 4);
		// A content plan per quarter too: one publication a week per page.
		expect(files.filter((f) => /\/plans\/2025-q[1-4]\.csv$/.test(f))).toHaveLength(250 * 4);
		expect(files.filter((f) => f.startsWith('internal/'))).toHaveLength(250);
	});

	it('writes files that match their schemas (site, config and a sample of orgs)', () => {
		// Every 10th org folder and internal file, plus the top-level files.
		const sampled = (path: string) => !/b\d{6}/.test(path) || /b\d{5}0/.test(path);
		const report = validateTree(dir, sampled);
		expect(report.problems).toEqual([]);
		expect(report.orgs.length).toBe(25);
		expect(report.accounts.length).toBe(100);
		expect(report.stats.every((row) => row.posts >= 3)).toBe(true);
		expect(report.csvRows.plans).toBe(report.csvRows.stats);
		const security = new Map(report.internals.flatMap((i) => Object.entries(i.security)));
		for (const account of report.accounts) expect(security.get(account.id)?.twoFactor, account.id).toBe(true);
		expect(new Set(report.accounts.map((a) => a.url)).size).toBe(100);
	});

	it('keeps VK and OK in every org even when the count is not a multiple of four', () => {
		const odd = temp();
		const result = generateBenchTree(odd, { accounts: 1_003, quarters: 1 });
		expect(result).toMatchObject({ orgs: 250, accounts: 1_003, statsRows: 1_003 * 13 });
		const report = validateTree(odd, (p) => p.includes('b000001') || p.includes('b000250'));
		expect(report.problems).toEqual([]);
		expect(report.accounts.map((a) => a.network).sort()).toEqual(['dzen', 'dzen', 'ok', 'ok', 'rutube', 'tg', 'tg', 'vk', 'vk']);
	});

	it('is deterministic for a seed', () => {
		const hash = (root: string) => {
			const h = createHash('sha256');
			for (const path of listFiles(root)) h.update(path).update(readFileSync(join(root, path)));
			return h.digest('hex');
		};
		const a = temp();
		const b = temp();
		generateBenchTree(a, { accounts: 200, seed: 3, quarters: 1 });
		generateBenchTree(b, { accounts: 200, seed: 3, quarters: 1 });
		expect(hash(a)).toBe(hash(b));
	});
});
