/** Parsing canned `git log --raw` output into record events, and value-diffing versions: no git needed. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	blobsToRead,
	deriveHistory,
	mergeRequestLabel,
	mergeRequestOf,
	mergeRequestUrl,
	parseLog,
	recordOf,
	RECORD,
	UNIT,
} from '../../../src/lib/history/parse.ts';
import { publicValue, type RecordValue } from '../../../src/lib/history/values.ts';
import { splitBatch } from '../../../src/lib/history/git.ts';

const hash = (n: number) => String(n).repeat(40).slice(0, 40);
const ZERO = '0'.repeat(40);
const blob = (name: string) => createHash('sha1').update(name).digest('hex');

/** One `--raw` line: a → b at path (ZERO for the missing side). */
const raw = (status: string, before: string, after: string, path: string) => `:100644 100644 ${before} ${after} ${status}\t${path}`;

/** One commit as `git log --format=LOG_FORMAT --raw --no-abbrev` prints it. */
function entry(n: number, date: string, subject: string, body: string, changes: string[]): string {
	return `${RECORD}${hash(n)}${UNIT}${date}${UNIT}${subject}${UNIT}${body}${UNIT}\n${changes.length ? `\n${changes.join('\n')}\n` : ''}`;
}

const account = (extra = '') =>
	`id: a-vk\norg: a\nnetwork: vk\nurl: https://vk.com/a_vk\nname: Администрация\nstatus: active\nregistered: 2022-12-12\n${extra}`;

describe('parseLog', () => {
	it('reads hash, the committer’s day and time, the merge request and the blobs of each change', () => {
		const [commit] = parseLog(
			entry(3, '2020-03-18T12:00:00+03:00', "Merge branch 'add-ok' into 'main'", 'Добавить\n\nSee merge request region/reestr!12\n', [
				raw('A', ZERO, blob('b1'), 'orgs/admin/accounts/admin-ok.yaml'),
				raw('M', blob('a1'), blob('a2'), 'orgs/admin/accounts/admin-fb.yaml'),
				raw('D', blob('c1'), ZERO, 'orgs/admin/accounts/old.yaml'),
			]),
		);
		expect(commit).toMatchObject({
			hash: hash(3),
			date: '2020-03-18',
			time: '2020-03-18T12:00:00+03:00',
			mergeRequest: { number: 12, host: 'gitlab', project: 'region/reestr' },
		});
		expect(commit!.changes).toEqual([
			{ status: 'A', path: 'orgs/admin/accounts/admin-ok.yaml', after: blob('b1') },
			{ status: 'M', path: 'orgs/admin/accounts/admin-fb.yaml', before: blob('a1'), after: blob('a2') },
			{ status: 'D', path: 'orgs/admin/accounts/old.yaml', before: blob('c1') },
		]);
	});

	it('reads renames and type changes as a change of the new path', () => {
		const [commit] = parseLog(
			entry(1, '2020-01-01T00:00:00Z', 's', '', [
				`:100644 100644 ${blob('a')} ${blob('b')} R100\torgs/a/accounts/x.yaml\torgs/b/accounts/x.yaml`,
			]),
		);
		expect(commit!.changes).toEqual([{ status: 'M', path: 'orgs/b/accounts/x.yaml', before: blob('a'), after: blob('b') }]);
	});
});

describe('mergeRequestOf', () => {
	it.each([
		[
			"Merge branch 'x' into 'main'",
			'Title\n\nSee merge request group/sub/project!123',
			{ number: 123, host: 'gitlab', project: 'group/sub/project' },
		],
		["Merge branch 'x' into 'main'", 'See merge request !9', { number: 9, host: 'gitlab' }],
		['Merge pull request #123 from user/branch', 'Title', { number: 123, host: 'github' }],
		["Merge pull request 'Добавить школу' (#31) from clerk/school into main", '', { number: 31, host: 'gitea' }],
		['Add the school’s accounts (#45)', '', { number: 45, host: 'github' }],
		['Add the school’s accounts', 'Body.\n\nMerge-Request: !77\n', { number: 77, host: 'gitlab' }],
		['Add the school’s accounts', 'Merge-Request: region/reestr!78', { number: 78, host: 'gitlab', project: 'region/reestr' }],
		[
			'Add the school’s accounts',
			'Reviewed-on: https://git.example/region/reestr/pulls/15\nReviewed-by: Клерк',
			{ number: 15, host: 'gitea' },
		],
		['Add the school’s accounts', 'PR-URL: https://github.com/region/reestr/pull/16', { number: 16, host: 'github' }],
		[
			'Add the school’s accounts',
			'Merge-Request: https://gitlab.example/region/reestr/-/merge_requests/17',
			{ number: 17, host: 'gitlab' },
		],
		['Fix #45 in the middle', '', undefined],
		['Plain commit', 'Mentions merge request !5 in passing', undefined],
		['Plain commit', 'Reviewed-on: not a link', undefined],
	])('%s / %s', (subject, body, expected) => {
		expect(mergeRequestOf(subject, body)).toEqual(expected);
	});

	it('links to the merge request page of each host', () => {
		expect(mergeRequestUrl('https://gitlab.example/region/reestr/', { number: 12, host: 'gitlab' })).toBe(
			'https://gitlab.example/region/reestr/-/merge_requests/12',
		);
		expect(mergeRequestUrl('https://github.com/region/reestr', { number: 7, host: 'github' })).toBe(
			'https://github.com/region/reestr/pull/7',
		);
		expect(mergeRequestUrl('https://git.example/region/reestr', { number: 8, host: 'gitea' })).toBe(
			'https://git.example/region/reestr/pulls/8',
		);
		expect(mergeRequestLabel({ number: 8, host: 'gitea' })).toBe('#8');
		expect(mergeRequestLabel({ number: 8, host: 'gitlab' })).toBe('!8');
	});
});

describe('recordOf', () => {
	it('maps record files to ids and leaves everything else out', () => {
		expect(recordOf('orgs/admin/org.yaml')).toEqual({ kind: 'org', id: 'admin' });
		expect(recordOf('orgs/admin/accounts/admin-vk.yaml')).toEqual({ kind: 'account', id: 'admin-vk' });
		for (const path of [
			'orgs/admin/stats/2026-q3.csv',
			'orgs/admin/accounts/_draft.yaml',
			'orgs/_new/org.yaml',
			'site.yaml',
			'internal/admin.yaml',
			'orgs/admin/accounts/x.yml',
			'orgs/admin/accounts/sub/x.yaml',
		]) {
			expect(recordOf(path)).toBeUndefined();
		}
	});
});

describe('publicValue', () => {
	const same = (a: string, b: string) => expect(publicValue('account', b)).toEqual(publicValue('account', a));

	it('ignores comments, quoting, formatting, key order and spelled-out defaults', () => {
		const base = account();
		same(base, `# yaml-language-server: $schema=../../../_schemas/account.schema.json\n${base}`);
		same(base, base.replace('name: Администрация', 'name: "Администрация"  # полное наименование'));
		same(base, base.split('\n').reverse().join('\n'));
		same(base, `${base}linksToStatement: false\nprofile: {}\n`);
	});

	it('ignores what is not published: the consent flag, a name without consent', () => {
		const base = account('responsible:\n  position: Специалист\n');
		same(base, account('responsible:\n  position: Специалист\n  publishName: false\n'));
		// Refused by the schema (a name without consent), yet not a public change either.
		same(base, account('responsible:\n  position: Специалист\n  name: Иванов Иван\n'));
		expect(publicValue('account', account('responsible:\n  position: Специалист\n  name: Иванов Иван\n  publishName: true\n'))).not.toEqual(
			publicValue('account', base),
		);
	});

	it('sees a value change, and reads no value from text that is not a YAML mapping', () => {
		expect(publicValue('account', account().replace('Администрация', 'Администрация района'))).not.toEqual(
			publicValue('account', account()),
		);
		expect(publicValue('account', 'id: [unclosed\n')).toBeUndefined();
		expect(publicValue('account', '- a list\n')).toBeUndefined();
		expect(publicValue('org', '')).toBeUndefined();
	});
});

describe('deriveHistory', () => {
	const PATH = 'orgs/a/accounts/a-vk.yaml';
	const versions: Record<string, string> = {
		[blob('v1')]: account(),
		[blob('v2')]: `# yaml-language-server: $schema=../../../_schemas/account.schema.json\n${account()}`, // a comment
		[blob('v3')]: account().split('\n').reverse().join('\n'), // key order
		[blob('v4')]: account('responsible:\n  position: Специалист\n  publishName: false\n'),
		[blob('v5')]: account('responsible:\n  position: Специалист\n  publishName: true\n'), // the consent flag only
		[blob('v6')]: account('responsible:\n  position: Специалист\n').replace(
			'url: https://vk.com/a_vk',
			'url: https://vk.com/a_vk2\naliases:\n  - https://vk.com/a_vk',
		),
		[blob('v7')]: 'url: [broken\n',
		[blob('v8')]: account('responsible:\n  position: Специалист\nclosed:\n  date: 2025-01-10\n  reason: страница больше не ведётся\n')
			.replace('url: https://vk.com/a_vk', 'url: https://vk.com/a_vk2\naliases:\n  - https://vk.com/a_vk')
			.replace('status: active', 'status: closed'),
	};
	const values = new Map<string, RecordValue | undefined>(Object.entries(versions).map(([b, text]) => [b, publicValue('account', text)]));
	const step = (n: number, before: string | undefined, after: string, subject = `commit ${n}`, body = '', extra: string[] = []) =>
		entry(n, `2023-0${n}-01T10:00:00+03:00`, subject, body, [
			raw(before ? 'M' : 'A', before ? blob(before) : ZERO, blob(after), PATH),
			...extra,
		]);
	// Newest first, as git prints it.
	const LOG = [
		step(8, 'v7', 'v8', 'Merge pull request #5 from clerk/close'),
		step(7, 'v6', 'v7', 'Broken edit'),
		step(6, 'v5', 'v6', "Merge branch 'alias' into 'main'", 'See merge request region/reestr!4'),
		step(5, 'v4', 'v5', 'Consent flag only'),
		step(4, 'v3', 'v4', 'Responsible added', 'Reviewed-on: https://git.example/region/reestr/pulls/3'),
		step(3, 'v2', 'v3', 'Reorder keys', '', [raw('M', blob('i1'), blob('i2'), 'internal/a.yaml')]),
		step(2, 'v1', 'v2', 'Add the schema comment'),
		step(1, undefined, 'v1', 'Add the page', 'Merge-Request: !1'),
	].join('');

	it('makes entries only for commits that changed public values, each with its merge request', () => {
		const commits = parseLog(LOG);
		const history = deriveHistory(commits, values).get('account/a-vk')!;
		expect(
			history.map(
				(e) =>
					`${e.date} ${e.kind}${e.mergeRequest ? ` ${mergeRequestLabel(e.mergeRequest)}` : ''}${e.fields ? ` [${e.fields.join(',')}]` : ''}`,
			),
		).toEqual([
			'2023-01-01 added !1',
			'2023-04-01 changed #3 [responsible]',
			'2023-06-01 changed !4 [aliases,url]',
			'2023-08-01 closed #5 [closed,status]',
		]);
		expect(history[2]!.mergeRequest).toEqual({ number: 4, host: 'gitlab', project: 'region/reestr' });
		expect(history[1]!.mergeRequest!.host).toBe('gitea');
		// Only record files' versions are read: the internal file's blobs are never asked for.
		expect(blobsToRead(commits)).not.toContain(blob('i2'));
	});

	it('treats a move to another organisation as one change, a deletion as a removal, a re-addition as an addition', () => {
		const org = (id: string) => `${account()}`.replace('org: a', `org: ${id}`);
		const moved = new Map<string, RecordValue | undefined>([
			[blob('m1'), publicValue('account', org('a'))],
			[blob('m2'), publicValue('account', org('b'))],
		]);
		const log = [
			entry(4, '2024-04-01T00:00:00Z', 'Back', '', [raw('A', ZERO, blob('m2'), 'orgs/b/accounts/a-vk.yaml')]),
			entry(3, '2024-03-01T00:00:00Z', 'Remove', '', [raw('D', blob('m2'), ZERO, 'orgs/b/accounts/a-vk.yaml')]),
			entry(2, '2024-02-01T00:00:00Z', 'Move', '', [
				raw('D', blob('m1'), ZERO, 'orgs/a/accounts/a-vk.yaml'),
				raw('A', ZERO, blob('m2'), 'orgs/b/accounts/a-vk.yaml'),
			]),
			entry(1, '2024-01-01T00:00:00Z', 'Add', '', [
				raw('A', ZERO, blob('m1'), 'orgs/a/accounts/a-vk.yaml'),
				raw('A', ZERO, blob('d1'), 'orgs/a/accounts/_draft.yaml'),
			]),
		].join('');
		const history = deriveHistory(parseLog(log), moved);
		expect(history.get('account/a-vk')!.map((e) => `${e.kind}${e.fields ? ` ${e.fields.join(',')}` : ''}`)).toEqual([
			'added',
			'changed org',
			'removed',
			'added',
		]);
		expect(history.has('account/_draft')).toBe(false);
	});
});

describe('splitBatch', () => {
	it('cuts `git cat-file --batch` output by byte sizes, Cyrillic included', () => {
		const a = 'status: closed\nreason: закрыта\n';
		const out = Buffer.concat([
			Buffer.from(`${'a'.repeat(40)} blob ${Buffer.byteLength(a)}\n`),
			Buffer.from(`${a}\n`),
			Buffer.from(`${'b'.repeat(40)} missing\n`),
			Buffer.from(`${'c'.repeat(40)} blob 3\nok\n\n`),
		]);
		expect(splitBatch(out)).toEqual([a, undefined, 'ok\n']);
	});
});
