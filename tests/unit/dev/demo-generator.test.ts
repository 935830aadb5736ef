/** The demo generator is deterministic, and data/ is exactly what it writes. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../src/dev/demo/generate.ts';
import { listFiles } from './tree.ts';

const temps: string[] = [];
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function generated(): string {
	const dir = mkdtempSync(join(tmpdir(), 'demo-'));
	temps.push(dir);
	generateDemo(dir);
	return dir;
}

/** Hash over every file's path and bytes (only the generated subtrees). */
function treeHash(dir: string): string {
	const hash = createHash('sha256');
	for (const path of listFiles(dir).filter((p) => /^(orgs|internal)\/|^(site|compliance)\.yaml$/.test(p))) {
		hash
			.update(path)
			.update('\0')
			.update(readFileSync(join(dir, path)))
			.update('\0');
	}
	return hash.digest('hex');
}

describe('demo generator', () => {
	it('writes the same bytes every time', () => {
		expect(treeHash(generated())).toBe(treeHash(generated()));
	});

	it('matches the committed data/ (regenerate with `npm exec -- node src/dev/demo/generate.ts`)', () => {
		expect(treeHash(join(import.meta.dirname, '../../../data'))).toBe(treeHash(generated()));
	});
});
