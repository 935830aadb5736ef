/** Parsing canned `git log` output into record events: no git needed. */
import { describe, expect, it } from 'vitest';
import {
	deriveHistory,
	mergeRequestLabel,
	mergeRequestOf,
	mergeRequestUrl,
	parseLog,
	recordOf,
	RECORD,
	saysClosed,
	UNIT,
	versionKey,
	versionsToRead,
} from '../../../src/lib/history/parse.ts';
import { splitBatch } from '../../../src/lib/history/git.ts';

const hash = (n: number) => String(n).repeat(40).slice(0, 40);

/** One commit as `git log --format=LOG_FORMAT --name-status` prints it. */
function entry(n: number, date: string, subject: string, body: string, changes: string[]): string {
	return `${RECORD}${hash(n)}${UNIT}${date}${UNIT}${subject}${UNIT}${body}${UNIT}\n${changes.length ? `\n${changes.join('\n')}\n` : ''}`;
}

// Newest first, as git prints it.
const LOG = [
	entry(5, '2021-02-01T10:00:00+03:00', 'Закрыть страницу в Facebook (#41)', '', ['M\torgs/admin/accounts/admin-fb.yaml']),
	entry(4, '2020-06-30T23:30:00+10:00', 'Merge pull request #7 from clerk/move', 'Передать страницу школе\n', [
		'D\torgs/admin/accounts/admin-ok.yaml',
		'A\torgs/school/accounts/admin-ok.yaml',
		'A\torgs/school/org.yaml',
		'A\torgs/school/accounts/_draft.yaml',
	]),
	entry(3, '2020-03-18T12:00:00+03:00', "Merge branch 'add-ok' into 'main'", 'Добавить страницу в ОК\n\nCloses #3\n\nSee merge request region/reestr!12\n', [
		'A\torgs/admin/accounts/admin-ok.yaml',
		'M\torgs/admin/accounts/admin-fb.yaml',
		'M\torgs/admin/stats/2020-q1.csv',
	]),
	entry(2, '2020-03-17T09:00:00+03:00', 'Правка без изменений записей', '', []),
	entry(1, '2020-03-17T08:00:00+03:00', 'Первоначальный реестр', '', ['A\torgs/admin/org.yaml', 'A\torgs/admin/accounts/admin-fb.yaml', 'A\torgs/admin/accounts/admin-vk.yaml']),
	entry(0, '2020-01-01T00:00:00+00:00', 'Удалённая запись', '', ['D\torgs/old/accounts/old-vk.yaml']),
].join('');

describe('parseLog', () => {
	it('reads hash, the committer’s day, the merge request and the file changes of each commit', () => {
		const commits = parseLog(LOG);
		expect(commits.map((c) => [c.hash.slice(0, 2), c.date, c.mergeRequest ? mergeRequestLabel(c.mergeRequest) : null, c.changes.length])).toEqual([
			['55', '2021-02-01', '#41', 1],
			['44', '2020-06-30', '#7', 4],
			['33', '2020-03-18', '!12', 3],
			['22', '2020-03-17', null, 0],
			['11', '2020-03-17', null, 3],
			['00', '2020-01-01', null, 1],
		]);
		expect(commits[2]!.changes[0]).toEqual({ status: 'A', path: 'orgs/admin/accounts/admin-ok.yaml' });
	});

	it('reads renames, copies and type changes as a change of the new path', () => {
		const [commit] = parseLog(entry(1, '2020-01-01T00:00:00Z', 's', '', ['R100\torgs/a/accounts/x.yaml\torgs/b/accounts/x.yaml', 'T\torgs/a/org.yaml']));
		expect(commit!.changes).toEqual([{ status: 'M', path: 'orgs/b/accounts/x.yaml' }, { status: 'M', path: 'orgs/a/org.yaml' }]);
	});
});

describe('mergeRequestOf', () => {
	it.each([
		["Merge branch 'x' into 'main'", 'Title\n\nSee merge request group/sub/project!123', { number: 123, host: 'gitlab', project: 'group/sub/project' }],
		["Merge branch 'x' into 'main'", 'See merge request !9', { number: 9, host: 'gitlab' }],
		['Merge pull request #123 from user/branch', 'Title', { number: 123, host: 'github' }],
		['Add the school’s accounts (#45)', '', { number: 45, host: 'github' }],
		['Fix #45 in the middle', '', undefined],
		['Plain commit', 'Mentions merge request !5 in passing', undefined],
	])('%s', (subject, body, expected) => {
		expect(mergeRequestOf(subject, body)).toEqual(expected);
	});

	it('links to the merge request page of each host', () => {
		expect(mergeRequestUrl('https://gitlab.example/region/reestr/', { number: 12, host: 'gitlab' })).toBe('https://gitlab.example/region/reestr/-/merge_requests/12');
		expect(mergeRequestUrl('https://github.com/region/reestr', { number: 7, host: 'github' })).toBe('https://github.com/region/reestr/pull/7');
	});
});

describe('recordOf', () => {
	it('maps record files to ids and leaves everything else out', () => {
		expect(recordOf('orgs/admin/org.yaml')).toEqual({ kind: 'org', id: 'admin' });
		expect(recordOf('orgs/admin/accounts/admin-vk.yaml')).toEqual({ kind: 'account', id: 'admin-vk' });
		for (const path of ['orgs/admin/stats/2026-q3.csv', 'orgs/admin/accounts/_draft.yaml', 'orgs/_new/org.yaml', 'site.yaml', 'orgs/admin/accounts/x.yml', 'orgs/admin/accounts/sub/x.yaml']) {
			expect(recordOf(path)).toBeUndefined();
		}
	});
});

describe('deriveHistory', () => {
	const commits = parseLog(LOG);

	it('gives each record its events oldest first, one per commit', () => {
		const history = deriveHistory(commits);
		const brief = (key: string) => history.get(key)?.map((e) => `${e.date} ${e.kind}${e.mergeRequest ? ` ${mergeRequestLabel(e.mergeRequest)}` : ''}`);
		expect(brief('org/admin')).toEqual(['2020-03-17 added']);
		expect(brief('account/admin-vk')).toEqual(['2020-03-17 added']);
		// Moved to another organisation's folder in one commit: a change, not a removal.
		expect(brief('account/admin-ok')).toEqual(['2020-03-18 added !12', '2020-06-30 changed #7']);
		expect(brief('account/admin-fb')).toEqual(['2020-03-17 added', '2020-03-18 changed !12', '2021-02-01 changed #41']);
		expect(brief('org/school')).toEqual(['2020-06-30 added #7']);
		expect(brief('account/old-vk')).toEqual(['2020-01-01 removed']);
		expect(history.has('account/_draft')).toBe(false);
	});

	it('marks the commit where `status: closed` appeared, given the statuses of the versions', () => {
		const wanted = versionsToRead(commits, new Set(['admin-fb']));
		expect(wanted.map((v) => v.hash.slice(0, 2))).toEqual(['55', '33', '11']);
		const closedAt = new Map(wanted.map((v) => [versionKey(v.hash, v.path), v.hash === hash(5)]));
		expect(deriveHistory(commits, closedAt).get('account/admin-fb')!.map((e) => e.kind)).toEqual(['added', 'changed', 'closed']);
		// A page entered in the registry already closed was added, not closed, by that commit.
		const tombstone = new Map(wanted.map((v) => [versionKey(v.hash, v.path), true]));
		expect(deriveHistory(commits, tombstone).get('account/admin-fb')!.map((e) => e.kind)).toEqual(['added', 'changed', 'changed']);
	});
});

describe('saysClosed', () => {
	it('reads the top-level status only', () => {
		expect(saysClosed('id: x\nstatus: closed\nclosed:\n  date: 2022-03-21\n')).toBe(true);
		expect(saysClosed("id: x\nstatus: 'closed' # закрыта\n")).toBe(true);
		expect(saysClosed('id: x\nstatus: active\nnote: |\n  status: closed\n')).toBe(false);
		expect(saysClosed('id: x\nstatus: closedish\n')).toBe(false);
	});
});

describe('splitBatch', () => {
	it('cuts `git cat-file --batch` output by byte sizes, Cyrillic included', () => {
		const a = 'status: closed\nreason: закрыта\n';
		const out = Buffer.concat([
			Buffer.from(`${'a'.repeat(40)} blob ${Buffer.byteLength(a)}\n`),
			Buffer.from(`${a}\n`),
			Buffer.from(`${'b'.repeat(40)}:./orgs/x.yaml missing\n`),
			Buffer.from(`${'c'.repeat(40)} blob 3\nok\n\n`),
		]);
		expect(splitBatch(out)).toEqual([a, undefined, 'ok\n']);
	});
});
