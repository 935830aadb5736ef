/**
 * GitLab compares Code Quality reports of two pipelines by fingerprint: a finding whose fingerprint
 * changes is shown as fixed and a new one raised. An edit above a finding moves its line, not the
 * finding, so the fingerprint must not depend on the line.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitlab } from '../../../src/engine/reporters/gitlab.ts';
import { runCheck } from '../../../src/engine/run.ts';

const BROKEN = resolve(import.meta.dirname, '../../fixtures/broken');
const ACCOUNT = 'orgs/test-admin/accounts/test-admin-vk.yaml';

function report(edit: (text: string) => string) {
	const dir = mkdtempSync(join(tmpdir(), 'portal-fingerprint-'));
	cpSync(BROKEN, dir, { recursive: true });
	writeFileSync(join(dir, ACCOUNT), edit(readFileSync(join(dir, ACCOUNT), 'utf8')));
	const result = runCheck({ dataDir: dir, cwd: dir, today: '2026-10-05' });
	return JSON.parse(gitlab({ ...result, strict: false })) as {
		check_name: string;
		fingerprint: string;
		location: { path: string; lines: { begin: number } };
	}[];
}

describe('GitLab Code Quality fingerprints', () => {
	const before = report((text) => text);
	const after = report((text) => text.replace(/^(# .*\n)?/, '$1# Комментарий, добавленный выше.\n\n'));

	it('stay the same when lines are added above the findings', () => {
		const moved = before.filter((issue) => issue.location.path === ACCOUNT);
		expect(moved.length).toBeGreaterThan(0);
		const lines = (issues: typeof before) =>
			issues.filter((issue) => issue.location.path === ACCOUNT).map((issue) => issue.location.lines.begin);
		// The findings did move…
		expect(lines(after)).toEqual(lines(before).map((line) => line + 2));
		// …and are the same findings.
		expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint));
	});

	it('are unique within a report', () => {
		expect(new Set(before.map((issue) => issue.fingerprint)).size).toBe(before.length);
	});
});
