/**
 * The walk of the data tree (src/loaders/tree.ts): what each file is, and the path findings show for
 * it, which the walk builds folder by folder rather than with path.relative() per file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, walkFolder, walkTree } from '../../../src/loaders/tree.ts';

function tree(): string {
	const dir = mkdtempSync(join(tmpdir(), 'portal-tree-'));
	const org = join(dir, 'orgs', 'adm');
	mkdirSync(join(org, 'accounts'), { recursive: true });
	mkdirSync(join(org, 'stats'));
	mkdirSync(join(dir, 'orgs', '_draft'));
	mkdirSync(join(dir, '.git'));
	writeFileSync(join(dir, 'site.yaml'), 'name: x\n');
	writeFileSync(join(dir, '.git', 'HEAD'), 'ref\n');
	writeFileSync(join(org, 'org.yaml'), 'id: adm\n');
	writeFileSync(join(org, 'accounts', 'adm-vk.yaml'), 'id: adm-vk\n');
	writeFileSync(join(org, 'stats', '2025-q1.csv'), 'a\n');
	writeFileSync(join(org, 'stats', 'notes.txt'), 'x\n');
	writeFileSync(join(dir, 'orgs', '_draft', 'org.yaml'), 'id: d\n');
	return dir;
}

describe('walkTree', () => {
	it('classifies every file and shows each path as path.relative() from the working directory would', () => {
		const dir = tree();
		for (const cwd of [dir, join(dir, 'orgs'), tmpdir(), '/']) {
			const entries = walkTree(dir, cwd);
			expect(entries.map((entry) => entry.file)).toEqual(entries.map((entry) => displayPath(entry.abs, cwd)));
			expect(entries.map((entry) => [entry.kind, displayPath(entry.abs, dir)])).toEqual([
				['draft', 'orgs/_draft/org.yaml'],
				['account', 'orgs/adm/accounts/adm-vk.yaml'],
				['org', 'orgs/adm/org.yaml'],
				['series', 'orgs/adm/stats/2025-q1.csv'],
				['unexpected', 'orgs/adm/stats/notes.txt'],
				['site', 'site.yaml'],
			]);
		}
		expect(walkTree(dir, dir).find((entry) => entry.kind === 'site')?.file).toBe('site.yaml');
	});

	it('walks one folder with the same paths', () => {
		const dir = tree();
		const cwd = join(dir, 'orgs', 'adm');
		const entries = walkFolder(dir, ['orgs', 'adm'], cwd);
		expect(entries.map((entry) => entry.file)).toEqual(['accounts/adm-vk.yaml', 'org.yaml', 'stats/2025-q1.csv', 'stats/notes.txt']);
		expect(entries.map((entry) => entry.kind)).toEqual(['account', 'org', 'series', 'unexpected']);
	});
});
