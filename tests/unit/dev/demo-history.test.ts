/**
 * The demo data's history repository (src/dev/demo/history.ts): its last commit is the data folder
 * as it is, the same data give the same commits, and read back it holds additions over the years,
 * the changes and the closure, and nothing from the formatting-only and internal-only merge requests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HISTORY_START, writeDemoHistory } from '../../../src/dev/demo/history.ts';
import { readGitHistory } from '../../../src/lib/history/index.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-demo-history-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeDemoHistory', () => {
	it('writes the data folder as its last commit, deterministically, with a history worth reading', { timeout: 60_000 }, () => {
		const first = writeDemoHistory('data', join(work, 'a'));
		const second = writeDemoHistory('data', join(work, 'b'));
		const head = (dir: string) => execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
		expect(head(first)).toBe(head(second));
		// The work tree, checked out from the last commit, is the data folder byte for byte.
		execFileSync('git', ['diff', '--no-index', '--quiet', 'data', first]);

		const history = readGitHistory({ dataDir: first });
		if (!history.ok) throw new Error(history.reason);
		const events = [...history.records].flatMap(([key, list]) => list.map((event) => ({ key, ...event })));
		const kinds = (kind: string) => events.filter((e) => e.kind === kind);
		expect(new Set(kinds('added').map((e) => e.date.slice(0, 4)))).toEqual(new Set(['2022', '2023', '2024', '2025']));
		expect(kinds('added').every((e) => e.date >= HISTORY_START)).toBe(true);
		expect(
			kinds('changed')
				.map((e) => `${e.key} ${e.fields!.join(',')}`)
				.sort(),
		).toEqual(['account/primer-admin-vk aliases,url', 'account/primer-museum-vk name']);
		expect(kinds('closed').map((e) => e.key)).toEqual(['account/klenovka-school-vk']);
		// Every change after the import came through a merge request.
		expect(events.filter((e) => e.date > HISTORY_START).every((e) => e.mergeRequest?.host === 'gitlab')).toBe(true);
		// The formatting-only and internal-only merge requests are in the log, and make no entry.
		const subjects = execFileSync('git', ['log', '--first-parent', '--format=%cs %s'], { cwd: first, encoding: 'utf8' });
		expect(subjects).toContain("2025-03-10 Merge branch 'editor-schema-line' into 'main'");
		expect(subjects).toContain("2025-06-02 Merge branch 'staff-contacts' into 'main'");
		expect(events.filter((e) => e.date === '2025-03-10' || e.date === '2025-06-02')).toEqual([]);
	});
});
