/**
 * The read-ahead of large trees (src/loaders/prefetch.ts): it reads every folder and file of its
 * share, YAML before tables, stops at its budget, and never fails on what it cannot read.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prefetch } from '../../../src/loaders/prefetch-worker.ts';
import { prefetchTree } from '../../../src/loaders/prefetch.ts';

function tree(orgs: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'portal-prefetch-'));
	writeFileSync(join(dir, 'site.yaml'), 'name: x\n');
	for (let i = 0; i < orgs; i++) {
		const org = join(dir, 'orgs', `o${i}`);
		mkdirSync(join(org, 'stats'), { recursive: true });
		writeFileSync(join(org, 'org.yaml'), 'id: x\n');
		writeFileSync(join(org, 'stats', '2025-q1.csv'), 'a,b\n1,2\n');
	}
	mkdirSync(join(dir, 'orgs', '.git'));
	return dir;
}

describe('prefetch', () => {
	it('reads every folder and file of the tree once across its threads', () => {
		const dir = tree(5);
		const shares = [0, 1].map((thread) => prefetch({ dir, thread, threads: 2, budget: Infinity }));
		// Top folder, orgs/, then each organisation and its stats/ folder; thread 1 lists the first two again.
		expect(shares.reduce((n, share) => n + share.files, 0)).toBe(1 + 5 * 2);
		expect(shares[0]!.files).toBe(1 + 3 * 2);
		expect(shares[1]!.files).toBe(2 * 2);
		expect(shares.every((share) => !share.cut)).toBe(true);
		expect(shares[0]!.bytes).toBe(7 * 4096);
	});

	it('stops at its budget', () => {
		const result = prefetch({ dir: tree(5), thread: 0, threads: 1, budget: 3 * 4096 });
		expect(result.files).toBe(3);
		expect(result.cut).toBe(true);
	});

	it('reads nothing and does not fail on a missing folder', () => {
		expect(prefetch({ dir: join(tmpdir(), 'portal-prefetch-missing-x'), thread: 0, threads: 1, budget: Infinity })).toEqual({
			folders: 0,
			files: 0,
			bytes: 0,
			cut: false,
		});
	});

	it('starts no thread for a small tree, and its threads report what they read', async () => {
		const dir = tree(3);
		expect(prefetchTree(dir)).toBeUndefined();
		const running = prefetchTree(dir, { fromOrgs: 1 })!;
		expect(await running.finished).toMatchObject({ files: 1 + 3 * 2, cut: false });
		// Stopping threads that have finished changes nothing.
		expect(await running.stop()).toMatchObject({ files: 1 + 3 * 2 });
	});
});
