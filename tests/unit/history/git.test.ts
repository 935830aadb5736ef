/**
 * The record history read from a real repository made here: direct commits, a GitLab-style merge,
 * a GitHub-style merge, a squash commit, a move between organisations, a closure, a Gitea trailer,
 * and commits that change no public value (a comment, key order, internal data); then the
 * fallbacks (no repository, no git, a shallow clone).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGitHistory } from '../../../src/lib/history/index.ts';

let repo: string;
let data: string;
let clock = Date.UTC(2020, 2, 16, 9, 0);

function git(...args: string[]): string {
	// Each commit one day after the previous one, in Moscow time: dates are the committer's days.
	const date = new Date(clock).toISOString().replace(/\.\d+Z$/, '+03:00');
	return execFileSync('git', args, {
		cwd: repo,
		encoding: 'utf8',
		env: {
			...process.env,
			GIT_AUTHOR_DATE: date,
			GIT_COMMITTER_DATE: date,
			GIT_AUTHOR_NAME: 'Клерк',
			GIT_AUTHOR_EMAIL: 'c@example.org',
			GIT_COMMITTER_NAME: 'Клерк',
			GIT_COMMITTER_EMAIL: 'c@example.org',
		},
	});
}

function write(path: string, text: string): void {
	const abs = join(data, path);
	mkdirSync(dirname(abs), { recursive: true });
	writeFileSync(abs, text);
}

const account = (id: string, org: string, extra = 'status: active\n') =>
	`id: ${id}\norg: ${org}\nnetwork: vk\nurl: https://vk.com/${id}\nname: ${id}\n${extra}`;

function commit(message: string): void {
	git('add', '-A');
	git('commit', '-q', '-m', message);
	clock += 86_400_000;
}

function merge(branch: string, message: string): void {
	git('checkout', '-q', 'main');
	git('merge', '-q', '--no-ff', branch, '-m', message);
	clock += 86_400_000;
}

beforeAll(() => {
	repo = mkdtempSync(join(tmpdir(), 'portal-history-'));
	data = join(repo, 'data');
	git('init', '-q', '-b', 'main');
	write('site.yaml', 'name: Тест\n');
	write('orgs/a/org.yaml', 'id: a\nname: Администрация\n');
	write('orgs/a/accounts/a-vk.yaml', account('a-vk', 'a'));
	write('orgs/a/accounts/_draft.yaml', 'черновик\n');
	write('internal/a.yaml', 'org: a\nstaff: []\n');
	commit('Первоначальный реестр'); // 2020-03-16

	git('checkout', '-q', '-b', 'add-ok');
	write('orgs/a/accounts/a-ok.yaml', account('a-ok', 'a'));
	write('orgs/a/accounts/a-vk.yaml', account('a-vk', 'a', 'status: active\nreviewed: 2020-03-17\n'));
	commit('Добавить страницу в Одноклассниках'); // 03-17, on the branch
	merge('add-ok', "Merge branch 'add-ok' into 'main'\n\nДобавить страницу в Одноклассниках\n\nSee merge request region/reestr!12"); // 03-18

	git('checkout', '-q', '-b', 'close-vk');
	write(
		'orgs/a/accounts/a-vk.yaml',
		account('a-vk', 'a', 'status: closed\nclosed:\n  date: 2020-03-19\n  reason: страница больше не ведётся\n'),
	);
	commit('Закрыть страницу'); // 03-19
	write('orgs/a/stats/2020-q1.csv', 'account,week_start,posts\n');
	commit('Статистика'); // 03-20: not a record
	merge('close-vk', 'Merge pull request #34 from clerk/close-vk\n\nЗакрыть страницу'); // 03-21

	write('orgs/b/org.yaml', 'id: b\nname: Школа\n');
	mkdirSync(join(data, 'orgs/b/accounts'), { recursive: true });
	renameSync(join(data, 'orgs/a/accounts/a-ok.yaml'), join(data, 'orgs/b/accounts/a-ok.yaml'));
	write('orgs/b/accounts/a-ok.yaml', account('a-ok', 'b', 'status: active\nresponsible:\n  position: Специалист\n'));
	commit('Передать страницу школе (#56)'); // 03-22

	// A comment and a key reorder: the same values, so no entry.
	const vk = account('a-vk', 'a', 'status: closed\nclosed:\n  date: 2020-03-19\n  reason: страница больше не ведётся\n');
	write('orgs/a/accounts/a-vk.yaml', `# yaml-language-server: $schema=../../../_schemas/account.schema.json\n${vk}`);
	commit('Строка схемы для редактора'); // 03-23
	write(
		'orgs/a/accounts/a-vk.yaml',
		`closed:\n  reason: "страница больше не ведётся"\n  date: 2020-03-19\n${vk.split('closed:')[0]!.split('\n').reverse().join('\n')}\n`,
	);
	commit('Порядок полей'); // 03-24
	// Internal only: staff contacts, and the consent flag without a published name.
	write('internal/a.yaml', 'org: a\nstaff:\n  - position: Специалист\n    name: Иванов Иван\n');
	write('orgs/b/accounts/a-ok.yaml', account('a-ok', 'b', 'status: active\nresponsible:\n  position: Специалист\n  publishName: false\n'));
	commit('Внутренние сведения'); // 03-25
	write('orgs/b/accounts/a-ok.yaml', account('a-ok', 'b', 'status: active\nresponsible:\n  position: Специалист\n  publishName: true\n'));
	commit('Согласие без ФИО'); // 03-26

	write(
		'orgs/a/accounts/a-vk.yaml',
		account('a-vk', 'a', 'status: closed  # tombstone\nclosed:\n  date: 2020-03-19\n  reason: страница больше не ведётся (уточнено)\n'),
	);
	commit('Уточнить причину\n\nReviewed-on: https://git.example/region/reestr/pulls/78'); // 03-27
});

describe('readGitHistory on a repository', () => {
	it('dates every public change by the main branch and names its merge request; no entry for the same values', () => {
		const history = readGitHistory({ dataDir: data });
		expect(history.ok).toBe(true);
		if (!history.ok) return;
		const brief = (key: string) =>
			history.records
				.get(key)
				?.map((e) => `${e.date} ${e.kind}${e.mergeRequest ? ` ${e.mergeRequest.host}:${e.mergeRequest.number}` : ''}`);
		expect(brief('org/a')).toEqual(['2020-03-16 added']);
		expect(brief('account/a-vk')).toEqual([
			'2020-03-16 added',
			'2020-03-18 changed gitlab:12',
			'2020-03-21 closed github:34',
			'2020-03-27 changed gitea:78',
		]);
		expect(brief('account/a-ok')).toEqual(['2020-03-18 added gitlab:12', '2020-03-22 changed github:56']);
		expect(brief('org/b')).toEqual(['2020-03-22 added github:56']);
		expect([...history.records.keys()].sort()).toEqual(['account/a-ok', 'account/a-vk', 'org/a', 'org/b']);
		expect(history.records.get('account/a-vk')![1]!.mergeRequest).toEqual({ number: 12, host: 'gitlab', project: 'region/reestr' });
		expect(history.records.get('account/a-vk')![1]!.fields).toEqual(['reviewed']);
	});

	it('falls back without a repository, without git, and on a shallow clone', () => {
		const plain = mkdtempSync(join(tmpdir(), 'portal-nogit-'));
		expect(readGitHistory({ dataDir: plain })).toEqual({ ok: false, reason: expect.stringContaining('не в репозитории Git') });
		expect(readGitHistory({ dataDir: data, git: join(plain, 'no-such-git') })).toEqual({ ok: false, reason: 'git не установлен' });
		const clone = join(mkdtempSync(join(tmpdir(), 'portal-shallow-')), 'r');
		execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
		expect(readGitHistory({ dataDir: join(clone, 'data') })).toEqual({ ok: false, reason: expect.stringContaining('shallow clone') });
	});

	it('is empty, not failed, in a repository with no commit yet', () => {
		const fresh = mkdtempSync(join(tmpdir(), 'portal-fresh-'));
		execFileSync('git', ['init', '-q'], { cwd: fresh });
		expect(readGitHistory({ dataDir: fresh })).toEqual({ ok: true, records: new Map(), commits: 0 });
	});
});
