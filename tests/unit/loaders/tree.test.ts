/**
 * The walk of the data tree (src/loaders/tree.ts): what each file is, and the path findings show for
 * it, which the walk builds folder by folder rather than with path.relative() per file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/loaders/dataset.ts';
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

describe('walkTree: what is not a regular file', () => {
	function odd(): { dir: string; outside: string } {
		const dir = mkdtempSync(join(tmpdir(), 'portal-tree-odd-'));
		const outside = mkdtempSync(join(tmpdir(), 'portal-tree-outside-'));
		writeFileSync(join(outside, 'secret.yaml'), 'id: x\n');
		mkdirSync(join(outside, 'accounts'));
		writeFileSync(join(outside, 'accounts', 'elsewhere-vk.yaml'), 'id: elsewhere-vk\n');
		const org = join(dir, 'orgs', 'adm');
		mkdirSync(join(org, 'org.yaml'), { recursive: true });
		writeFileSync(join(org, 'org.yaml', 'inside.txt'), 'x\n');
		mkdirSync(join(org, 'accounts'));
		symlinkSync(join(outside, 'secret.yaml'), join(org, 'accounts', 'adm-vk.yaml'));
		mkdirSync(join(org, 'stats', '2026-q3.csv'), { recursive: true });
		symlinkSync(outside, join(dir, 'orgs', 'linked'));
		const fifo = spawnSync('mkfifo', [join(org, 'accounts', 'adm-ok.yaml')]);
		if (fifo.status !== 0) throw new Error('mkfifo failed');
		return { dir, outside };
	}

	it('reports a folder where a data file must be, a symbolic link and a FIFO, without entering or following them', () => {
		const { dir } = odd();
		const entries = walkTree(dir, dir);
		expect(entries.map((e) => (e.kind === 'irregular' ? [e.file, e.what, e.as, e.org, e.id] : [e.file, e.kind]))).toEqual([
			['orgs/adm/accounts/adm-ok.yaml', 'fifo', 'account', 'adm', 'adm-ok'],
			['orgs/adm/accounts/adm-vk.yaml', 'symlink', 'account', 'adm', 'adm-vk'],
			['orgs/adm/org.yaml', 'directory', 'org', 'adm', undefined],
			['orgs/adm/stats/2026-q3.csv', 'directory', 'series', 'adm', undefined],
			['orgs/linked', 'symlink', 'unexpected', undefined, undefined],
		]);
	});

	it(
		'the check reports each one at its path, reads none of them (no hang on the FIFO) and keeps the records as rejected',
		{ timeout: 30_000 },
		() => {
			const { dir } = odd();
			writeFileSync(join(dir, 'site.yaml'), 'name: x\n');
			const findings: { ruleId: string; file: string; messageId: string; data: Record<string, unknown> }[] = [];
			const dataset = loadDataset(dir, walkTree(dir, dir), { finding: (f) => findings.push(f as never) }, dir);
			const reported = findings.filter((f) => f.messageId === 'notRegularFile');
			expect(reported.map((f) => [f.ruleId, f.file, f.data.what])).toEqual([
				['file-layout', 'orgs/adm/accounts/adm-ok.yaml', 'именованный канал (FIFO)'],
				['file-layout', 'orgs/adm/accounts/adm-vk.yaml', 'символическая ссылка'],
				['file-layout', 'orgs/adm/org.yaml', 'папка'],
				['file-layout', 'orgs/adm/stats/2026-q3.csv', 'папка'],
				['file-layout', 'orgs/linked', 'символическая ссылка'],
			]);
			expect(reported[2]!.data.expected).toBe('обычный файл org.yaml с карточкой организации');
			expect(reported[4]!.data.expected).toBe('обычный файл');
			expect([...dataset.rejected.orgs]).toEqual(['adm']);
			expect([...dataset.rejected.accounts].sort()).toEqual(['adm-ok', 'adm-vk']);
			expect(dataset.accounts.size).toBe(0);
		},
	);

	it('a folder named site.yaml is reported once, not also as a missing site.yaml', () => {
		const dir = mkdtempSync(join(tmpdir(), 'portal-tree-site-'));
		mkdirSync(join(dir, 'site.yaml'));
		const findings: { file: string; messageId: string }[] = [];
		loadDataset(dir, walkTree(dir, dir), { finding: (f) => findings.push(f as never) }, dir);
		expect(findings.map((f) => [f.file, f.messageId])).toEqual([['site.yaml', 'notRegularFile']]);
	});
});
