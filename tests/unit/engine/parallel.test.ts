/**
 * The parallel check gives the serial check's result, finding for finding, in the same order —
 * including findings that depend on order across the two halves (a page registered in two
 * organisations, one on each thread) and problems in files on the worker's side.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck, runCheckAuto } from '../../../src/engine/run.ts';

function plantedCopy(): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'portal-parallel-')), 'data');
	cpSync('data', dir, { recursive: true });
	// Organisations are split alternately in sorted order: berezovka-admin (0) stays on the main
	// thread, berezovka-kindergarten (1) goes to the worker.
	const vk = readFileSync(join(dir, 'orgs/berezovka-admin/accounts/berezovka-admin-vk.yaml'), 'utf8');
	mkdirSync(join(dir, 'orgs/berezovka-kindergarten/accounts'), { recursive: true });
	writeFileSync(
		join(dir, 'orgs/berezovka-kindergarten/accounts/copy-vk.yaml'),
		vk.replace('id: berezovka-admin-vk', 'id: copy-vk').replace('org: berezovka-admin', 'org: berezovka-kindergarten'),
	);
	writeFileSync(
		join(dir, 'orgs/berezovka-kindergarten/accounts/berezovka-admin-vk.yaml'),
		vk.replace('org: berezovka-admin', 'org: berezovka-kindergarten'),
	);
	writeFileSync(
		join(dir, 'orgs/berezovka-kindergarten/org.yaml'),
		`${readFileSync(join(dir, 'orgs/berezovka-kindergarten/org.yaml'), 'utf8')}\nunknown: 1\n`,
	);
	writeFileSync(join(dir, 'orgs/berezovka-school/notes.txt'), 'login: admin password: hunter2\n');
	return dir;
}

describe('parallel check', () => {
	it.each([
		['the demo data', () => 'data'],
		['the demo data with problems planted on both threads', plantedCopy],
	])('finds exactly what the serial check finds: %s', async (_name, makeDir) => {
		const dataDir = makeDir();
		const serial = runCheck({ dataDir });
		const parallel = await runCheckAuto({ dataDir, threads: 2, minFiles: 0 });
		expect(parallel.counts).toEqual(serial.counts);
		expect(parallel.findings).toEqual(serial.findings);
		if (dataDir !== 'data') {
			const rules = new Set(parallel.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
			expect([...rules].sort()).toEqual(expect.arrayContaining(['file-layout', 'no-duplicate-accounts', 'no-secrets', 'schema-valid']));
		}
	});

	it('reads internal data kept apart (--internal) as the serial check does, on both threads', async () => {
		const dataDir = plantedCopy();
		const internalDir = join(dataDir, '..', 'private');
		renameSync(join(dataDir, 'internal'), internalDir);
		// An internal file of an organisation on the worker's side, with a value its schema rejects.
		writeFileSync(
			join(internalDir, 'berezovka-kindergarten.yaml'),
			'org: berezovka-kindergarten\nsecurity:\n  copy-vk: { twoFactor: нет, attested: 2026-09-01, attestedBy: Заведующая }\n',
		);
		const serial = runCheck({ dataDir, internalDir });
		const parallel = await runCheckAuto({ dataDir, internalDir, threads: 2, minFiles: 0 });
		expect(parallel.findings).toEqual(serial.findings);
		expect(parallel.internalDir).toBe(serial.internalDir);
		const internal = parallel.findings.filter((f) => f.file.startsWith(serial.internalDir + '/'));
		expect(internal.map((f) => f.ruleId)).toContain('schema-valid');
		expect(internal.every((f) => f.confidential)).toBe(true);
	}, 120_000);

	it('falls back to one thread for small trees', async () => {
		const result = await runCheckAuto({ dataDir: 'tests/fixtures/valid', threads: 2 });
		expect(result.findings).toEqual([]);
	});
});
