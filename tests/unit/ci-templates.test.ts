/**
 * The CI templates shipped with the repository (.gitlab-ci.yml, .github/workflows/*.yml): they
 * parse, call only scripts and report formats that exist, deploy from the main branch only, and
 * their check steps really keep every report while failing with the check's exit code (run here
 * with a stand-in `npm`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FORMATS } from '../../src/engine/reporters/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const load = (path: string) => parse(read(path), { uniqueKeys: true, prettyErrors: true }) as Record<string, any>;

const GITLAB = '.gitlab-ci.yml';
const WORKFLOWS = readdirSync(join(ROOT, '.github/workflows'))
	.filter((name) => /\.ya?ml$/.test(name))
	.map((name) => `.github/workflows/${name}`);
const gitlab = load(GITLAB);
const workflows = WORKFLOWS.map((path) => ({ path, doc: load(path) }));
const packageScripts = Object.keys(JSON.parse(read('package.json')).scripts);

/** Every shell line of a GitLab job (before_script, script, after_script). */
const jobScript = (job: Record<string, any>): string[] =>
	['before_script', 'script', 'after_script'].flatMap((key) => (job[key] ?? []) as string[]);
/** Every `run:` of a GitHub workflow. */
const runs = (doc: Record<string, any>): string[] =>
	Object.values(doc.jobs as Record<string, any>).flatMap((job) =>
		((job.steps ?? []) as { run?: string }[]).flatMap((s) => (s.run ? [s.run] : [])),
	);
const gitlabJobs = Object.entries(gitlab).filter(
	([, value]) => value && typeof value === 'object' && ('script' in value || 'stage' in value),
) as [string, Record<string, any>][];
const allShell = [...gitlabJobs.flatMap(([, job]) => jobScript(job)), ...workflows.flatMap(({ doc }) => runs(doc))];

describe('CI templates', () => {
	it('parse as YAML and are where the hosts look for them', () => {
		expect(gitlab.stages).toEqual(expect.arrayContaining(['check', 'build', 'deploy']));
		expect(WORKFLOWS).toContain('.github/workflows/check.yml');
		for (const { doc } of workflows) expect(Object.keys(doc.jobs)).not.toHaveLength(0);
	});

	it('run only npm scripts that package.json defines', () => {
		const used = new Set(allShell.flatMap((text) => [...text.matchAll(/\bnpm run(?:\s+--silent)?\s+([\w:-]+)/g)].map((m) => m[1]!)));
		expect([...used].sort()).toEqual(['build', 'check', 'inbox']);
		for (const script of used) expect(packageScripts).toContain(script);
		// A fresh, locked install.
		expect(allShell.filter((text) => /\bnpm (?:install|i)\b/.test(text))).toEqual([]);
		expect(allShell.some((text) => /\bnpm ci\b/.test(text))).toBe(true);
	});

	it('ask the check only for formats it has, and each host for its own', () => {
		const formats = (texts: string[]) => new Set(texts.flatMap((text) => [...text.matchAll(/--format[ =](\w+)/g)].map((m) => m[1]!)));
		const gitlabFormats = formats(gitlabJobs.flatMap(([, job]) => jobScript(job)));
		const githubFormats = formats(workflows.flatMap(({ doc }) => runs(doc)));
		for (const format of [...gitlabFormats, ...githubFormats]) expect(Object.keys(FORMATS)).toContain(format);
		expect([...gitlabFormats].sort()).toEqual(['gitlab', 'junit', 'markdown']);
		expect([...githubFormats].sort()).toEqual(['github', 'markdown']);
	});

	it('hand GitLab the reports it shows on a merge request, even when the check fails', () => {
		const check = gitlab.check;
		expect(check.artifacts.when).toBe('always');
		expect(check.artifacts.reports).toEqual({ codequality: 'gl-code-quality-report.json', junit: 'junit.xml' });
		const script = jobScript(check).join('\n');
		expect(script).toContain('--format gitlab $INTERNAL_FLAGS $CHECK_FLAGS > gl-code-quality-report.json');
		expect(script).toContain('--format junit $INTERNAL_FLAGS $CHECK_FLAGS > junit.xml');
		// The comment is posted with a token the project sets up; nothing breaks without one.
		expect(script).toMatch(/REGISTRY_BOT_TOKEN/);
		expect(read(GITLAB)).toMatch(/REGISTRY_BOT_TOKEN\s+optional, masked: a project access token/);
	});

	it('write the GitHub summary and annotate the changed files', () => {
		const check = workflows.find((w) => w.path.endsWith('check.yml'))!.doc.jobs.check;
		const step = (check.steps as { run?: string }[]).find((s) => s.run?.includes('--format github'))!;
		expect(step.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
		expect((check.steps as { run?: string }[]).some((s) => s.run?.startsWith('gh pr comment'))).toBe(true);
	});

	it('deploy from the main branch only', () => {
		const pages = gitlab.pages;
		expect(pages.stage).toBe('deploy');
		expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
		expect(pages.artifacts.paths).toEqual(['public']);
		expect(gitlab.build.artifacts.paths).toEqual(['dist/']);
		for (const { doc } of workflows) {
			for (const job of Object.values(doc.jobs as Record<string, any>)) {
				const deploys = (job.steps ?? []).some((s: { uses?: string }) => s.uses?.startsWith('actions/deploy-pages'));
				if (deploys) expect(job.if).toMatch(/github\.ref == 'refs\/heads\/main'/);
			}
		}
		const github = workflows.find((w) => w.path.endsWith('check.yml'))!.doc;
		expect(github.jobs.deploy.if).toMatch(/github\.ref == 'refs\/heads\/main'/);
		expect((github.jobs.build.steps as { uses?: string }[]).some((s) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
	});

	it('run on Node 24 with the whole Git history for the record history', () => {
		expect(gitlab.default.image).toMatch(/^node:24\b/);
		expect(gitlab.variables.GIT_DEPTH).toBe('0');
		for (const { doc } of workflows) {
			for (const job of Object.values(doc.jobs as Record<string, any>)) {
				for (const step of job.steps ?? [])
					if (step.uses?.startsWith('actions/setup-node')) expect(String(step.with['node-version'])).toBe('24');
			}
		}
		const build = workflows.find((w) => w.path.endsWith('check.yml'))!.doc.jobs.build;
		expect(build.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/checkout')).with['fetch-depth']).toBe(0);
	});
});

/** A stand-in `npm`: `npm ci` succeeds; `npm run check` prints its format and exits with FAKE_EXIT. */
function fakeNpm(): string {
	const bin = mkdtempSync(join(tmpdir(), 'portal-fake-npm-'));
	const npm = join(bin, 'npm');
	writeFileSync(
		npm,
		`#!/usr/bin/env bash
[ "$1" = ci ] && exit 0
[ -n "\${NPM_LOG:-}" ] && echo "$*" >> "$NPM_LOG"
format=stylish
while [ $# -gt 0 ]; do [ "$1" = --format ] && format=$2; shift; done
echo "report:$format"
exit "\${FAKE_EXIT:-0}"
`,
	);
	chmodSync(npm, 0o755);
	return bin;
}

/** Runs shell text as the hosts do (bash, stop on the first failing command). */
function runShell(script: string, env: Record<string, string>) {
	const cwd = mkdtempSync(join(tmpdir(), 'portal-ci-job-'));
	const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
		cwd,
		encoding: 'utf8',
		env: { PATH: `${fakeNpm()}:${process.env.PATH}`, HOME: cwd, ...env },
	});
	const file = (name: string) => (existsSync(join(cwd, name)) ? readFileSync(join(cwd, name), 'utf8') : undefined);
	return { code: result.status, stdout: result.stdout, stderr: result.stderr, file };
}

describe('the check steps, run with a stand-in npm', () => {
	it.each([0, 1, 2])('GitLab: all reports written, job exits %i like the check', (exit) => {
		const job = runShell(jobScript(gitlab.check).join('\n'), { FAKE_EXIT: String(exit), CHECK_FLAGS: '' });
		expect(job.code).toBe(exit);
		expect(job.stdout).toContain('report:stylish');
		expect(job.file('gl-code-quality-report.json')).toBe('report:gitlab\n');
		expect(job.file('junit.xml')).toBe('report:junit\n');
		expect(job.file('check-summary.md')).toBe('report:markdown\n');
	});

	it.each([0, 1])('GitHub: annotations and summary written, step exits %i like the check', (exit) => {
		const summary = join(mkdtempSync(join(tmpdir(), 'portal-summary-')), 'summary.md');
		const check = workflows.find((w) => w.path.endsWith('check.yml'))!.doc.jobs.check;
		const step = (check.steps as { run?: string }[]).find((s) => s.run?.includes('--format github'))!;
		const job = runShell(step.run!, { FAKE_EXIT: String(exit), CHECK_FLAGS: '', GITHUB_STEP_SUMMARY: summary });
		expect(job.code).toBe(exit);
		expect(job.stdout).toContain('report:github');
		expect(readFileSync(summary, 'utf8')).toBe('report:markdown\n');
	});
});

/**
 * A stand-in `git`: records its arguments, asks the credential helpers it was given for a
 * password the way git does (`!helper get`, in a shell), records the answer, and «clones» by
 * creating the target folder with one internal file.
 */
function fakeGit(bin: string): void {
	const git = join(bin, 'git');
	writeFileSync(
		git,
		`#!/usr/bin/env bash
echo "$*" >> "$GIT_LOG"
helper=""
while [ $# -gt 0 ]; do
  case "$1" in
    -c) case "$2" in credential.helper=*) helper="\${2#credential.helper=}" ;; esac; shift 2 ;;
    clone) shift; break ;;
    *) shift ;;
  esac
done
while [ $# -gt 0 ]; do case "$1" in --depth) shift 2 ;; --*) shift ;; *) break ;; esac; done
url=$1; dest=$2
case "$helper" in '!'*) sh -c "\${helper#!} \\"\\$@\\"" helper get > "$GIT_CREDENTIALS" ;; esac
[ -n "\${FAKE_GIT_FAIL:-}" ] && { echo "fatal: Authentication failed for '$url'" >&2; exit 128; }
mkdir -p "$dest" && echo "org: test-admin" > "$dest/test-admin.yaml"
`,
	);
	chmodSync(git, 0o755);
}

/** Every file under a folder, recursively, as text. */
function allText(dir: string): string {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
		.join('\n');
}

const TOKEN = 'glpat-SeCrEt-internal-0123456789';
const REPO = 'https://git.example/registry/internal.git';

/** Runs shell text with a stand-in npm and git; what each was called with, and the token's trail. */
function runWithInternal(script: string, env: Record<string, string>) {
	const cwd = mkdtempSync(join(tmpdir(), 'portal-ci-internal-'));
	const logs = mkdtempSync(join(tmpdir(), 'portal-ci-logs-'));
	const bin = fakeNpm();
	fakeGit(bin);
	const paths = { NPM_LOG: join(logs, 'npm'), GIT_LOG: join(logs, 'git'), GIT_CREDENTIALS: join(logs, 'credentials') };
	const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
		cwd,
		encoding: 'utf8',
		env: { PATH: `${bin}:${process.env.PATH}`, HOME: cwd, CHECK_FLAGS: '', ...paths, ...env },
	});
	const log = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
	return {
		code: result.status,
		output: result.stdout + result.stderr,
		cwd,
		npm: log(paths.NPM_LOG),
		git: log(paths.GIT_LOG),
		credentials: log(paths.GIT_CREDENTIALS),
		files: allText(cwd),
	};
}

/** What the runner does between steps: each KEY=VALUE line of $GITHUB_ENV joins the environment. */
const LOAD_GITHUB_ENV = 'while IFS= read -r line; do export "$line"; done < "$GITHUB_ENV"';
const githubCheck = () => workflows.find((w) => w.path.endsWith('check.yml'))!.doc.jobs;
const githubBuildStep = () =>
	(githubCheck().build.steps as { run?: string; env?: Record<string, string> }[]).find((s) => s.run?.includes('npm run build'))!;
const fetchStep = (job: Record<string, any>) =>
	(job.steps as { name?: string; run?: string; env?: Record<string, string> }[]).find((s) => s.run?.includes('INTERNAL_REPO'))!;

describe('internal data from a private repository', () => {
	it('both hosts declare the variables, and fetch before the check of both jobs that run it', () => {
		expect(read(GITLAB)).toMatch(/INTERNAL_TOKEN\s+with INTERNAL_REPO; masked and protected/);
		for (const name of ['check', 'build']) expect(jobScript(gitlab[name]).join('\n')).toContain('git -c credential.helper=');
		expect(jobScript(gitlab.build).join('\n')).toContain('npm run build -- $INTERNAL_FLAGS');
		expect(jobScript(gitlab.build).join('\n')).toContain('npm run build -- --check-format markdown $INTERNAL_FLAGS');
		const jobs = githubCheck();
		for (const name of ['check', 'build']) {
			const step = fetchStep(jobs[name]);
			expect(step.env).toEqual({
				INTERNAL_REPO: '${{ vars.INTERNAL_REPO }}',
				INTERNAL_TOKEN: '${{ secrets.INTERNAL_TOKEN }}',
				INTERNAL_USER: '${{ vars.INTERNAL_USER }}',
			});
			// The token is in the environment of that step only.
			const others = (jobs[name].steps as { env?: Record<string, string> }[]).filter((s) => s !== step);
			expect(JSON.stringify(others)).not.toContain('INTERNAL_TOKEN');
		}
		expect(
			runs(workflows.find((w) => w.path.endsWith('check.yml'))!.doc).some((run) => run.includes('npm run build -- $INTERNAL_FLAGS')),
		).toBe(true);
		// Every check and build call passes the internal folder on.
		for (const text of allShell)
			for (const call of text.match(/npm run (?:--silent )?(?:check|build) --[^\n]*/g) ?? []) expect(call).toContain('$INTERNAL_FLAGS');
	});

	it('no artifact, cache or upload lists the clone', () => {
		const listed = JSON.stringify([
			gitlab.default.cache,
			...gitlabJobs.map(([, job]) => job.artifacts ?? {}),
			...workflows.flatMap(({ doc }) =>
				Object.values(doc.jobs as Record<string, any>).flatMap((job) =>
					(job.steps ?? []).filter((s: { uses?: string }) => /upload/.test(s.uses ?? '')),
				),
			),
		]);
		expect(listed).not.toMatch(/internal/);
		expect(listed).not.toMatch(/"\.\/?"|"\*\*?"/);
	});

	it.each([
		['GitLab check', () => jobScript(gitlab.check).join('\n'), 'oauth2'],
		['GitLab build', () => jobScript(gitlab.build).join('\n'), 'oauth2'],
		[
			'GitHub check',
			() =>
				`${fetchStep(githubCheck().check).run}\n${LOAD_GITHUB_ENV}\n${(githubCheck().check.steps as { run?: string }[]).find((s) => s.run?.includes('--format github'))!.run}`,
			'x-access-token',
		],
		['GitHub build', () => `${fetchStep(githubCheck().build).run}\n${LOAD_GITHUB_ENV}\n${githubBuildStep().run}`, 'x-access-token'],
	])(
		'%s: clones with the token given to git by a credential helper, passes --internal, and never prints or writes the token',
		(_, script, user) => {
			const githubEnv = join(mkdtempSync(join(tmpdir(), 'portal-gh-env-')), 'env');
			writeFileSync(githubEnv, '');
			const job = runWithInternal(script(), {
				INTERNAL_REPO: REPO,
				INTERNAL_TOKEN: TOKEN,
				GITHUB_ENV: githubEnv,
				GITHUB_STEP_SUMMARY: join(tmpdir(), 'portal-summary-ignored.md'),
			});
			expect(job.code).toBe(0);
			expect(job.git).toMatch(new RegExp(`clone --quiet --depth 1 -- ${REPO.replace(/\./g, '\\.')} \\.internal-data`));
			// git got the token from the helper, which read it from the environment.
			expect(job.credentials).toBe(`username=${user}\npassword=${TOKEN}\n`);
			expect(
				job.npm
					.trim()
					.split('\n')
					.every((line) => line.includes('--internal .internal-data')),
			).toBe(true);
			expect(job.output).toContain('Внутренние сведения получены из закрытого репозитория');
			// Nowhere else: not in git's arguments, the log, the work folder, nor what the job hands on.
			expect(job.git).not.toContain(TOKEN);
			expect(job.output).not.toContain(TOKEN);
			expect(job.files).not.toContain(TOKEN);
			expect(readFileSync(githubEnv, 'utf8')).not.toContain(TOKEN);
		},
	);

	it.each([
		['GitLab', () => jobScript(gitlab.check).join('\n')],
		[
			'GitHub',
			() =>
				`${fetchStep(githubCheck().check).run}\n${LOAD_GITHUB_ENV}\n${(githubCheck().check.steps as { run?: string }[]).find((s) => s.run?.includes('--format github'))!.run}`,
		],
	])('%s: without the variables, skips the clone with a clear line and checks as before', (_, script) => {
		const githubEnv = join(mkdtempSync(join(tmpdir(), 'portal-gh-env-')), 'env');
		writeFileSync(githubEnv, '');
		const job = runWithInternal(script(), {
			INTERNAL_REPO: REPO,
			GITHUB_ENV: githubEnv,
			GITHUB_STEP_SUMMARY: join(tmpdir(), 'portal-summary-ignored.md'),
		});
		expect(job.code).toBe(0);
		expect(job.git).toBe('');
		expect(job.output).toContain('Внутренние сведения: INTERNAL_REPO и INTERNAL_TOKEN не заданы');
		expect(job.npm).not.toContain('--internal');
		expect(job.npm).toContain('check -- --format markdown');
	});

	it.each([
		[
			'a failed clone',
			{ INTERNAL_REPO: REPO, FAKE_GIT_FAIL: '1' },
			'Внутренние сведения не получены: проверьте INTERNAL_REPO и INTERNAL_TOKEN',
		],
		[
			'a token inside the address',
			{ INTERNAL_REPO: `https://oauth2:${TOKEN}@git.example/registry/internal.git` },
			'INTERNAL_REPO: укажите адрес без логина и токена',
		],
	])('GitLab: %s stops the job before the check, without printing the token', (_, env, message) => {
		const job = runWithInternal(jobScript(gitlab.check).join('\n'), { INTERNAL_TOKEN: TOKEN, ...env });
		expect(job.code).toBe(2);
		expect(job.output).toContain(message);
		expect(job.output).not.toContain(TOKEN);
		expect(job.npm).toBe('');
	});

	it('the job log shows the terminal output (which quotes internal data) only where outsiders cannot read it', () => {
		const gitlabJob = (env: Record<string, string>) => runWithInternal(jobScript(gitlab.check).join('\n'), env);
		expect(gitlabJob({ CI_PROJECT_VISIBILITY: 'private' }).output).toContain('report:stylish');
		const open = gitlabJob({ CI_PROJECT_VISIBILITY: 'public' });
		expect(open.output).not.toContain('report:stylish');
		expect(open.output).toContain('Проект открытый: журнал задания может читать любой');
		expect(gitlabJob({ CI_PROJECT_VISIBILITY: 'public', CHECK_LOG_MEMBERS_ONLY: 'true' }).output).toContain('report:stylish');
		const step = (githubCheck().check.steps as { run?: string; env?: Record<string, string> }[]).find((s) =>
			s.run?.includes('--format github'),
		)!;
		expect(step.env).toEqual({ REPO_PRIVATE: '${{ github.event.repository.private }}' });
		const summary = join(tmpdir(), 'portal-summary-ignored.md');
		expect(runWithInternal(step.run!, { REPO_PRIVATE: 'true', GITHUB_STEP_SUMMARY: summary }).output).toContain('report:stylish');
		const publicRepo = runWithInternal(step.run!, { REPO_PRIVATE: 'false', GITHUB_STEP_SUMMARY: summary });
		expect(publicRepo.output).not.toContain('report:stylish');
		expect(publicRepo.output).toContain('Репозиторий открытый');
		// The build runs the check too, and prints its result.
		expect(runWithInternal(jobScript(gitlab.build).join('\n'), { CI_PROJECT_VISIBILITY: 'private' }).npm).toBe('run build --\n');
		expect(runWithInternal(jobScript(gitlab.build).join('\n'), { CI_PROJECT_VISIBILITY: 'public' }).npm).toBe(
			'run build -- --check-format markdown\n',
		);
		const build = githubBuildStep();
		// Besides the signing key, which only a push to main hands on (the «signing on deploy» tests).
		expect(build.env).toEqual({
			REPO_PRIVATE: '${{ github.event.repository.private }}',
			SIGNING_KEY: expect.stringContaining('secrets.SIGNING_KEY'),
		});
		expect(runWithInternal(build.run!, { REPO_PRIVATE: 'true' }).npm).toBe('run build --\n');
		expect(runWithInternal(build.run!, { REPO_PRIVATE: 'false' }).npm).toBe('run build -- --check-format markdown\n');
	});
});

describe('the merge request comment on GitLab', () => {
	it('is posted once, then updated on the next push', async () => {
		const notes: { id: number; body: string }[] = [];
		const calls: string[] = [];
		const server = createServer((req, res) => {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				calls.push(`${req.method} ${req.url} ${req.headers['private-token']}`);
				if (req.method === 'GET') return res.end(JSON.stringify(notes));
				const note = JSON.parse(body) as { body: string };
				const id = Number(/\/notes\/(\d+)$/.exec(req.url ?? '')?.[1] ?? notes.length + 100);
				const existing = notes.find((n) => n.id === id);
				if (existing) existing.body = note.body;
				else notes.unshift({ id, body: note.body });
				res.statusCode = existing ? 200 : 201;
				res.end('{}');
			});
		});
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const { port } = server.address() as AddressInfo;
		const cwd = mkdtempSync(join(tmpdir(), 'portal-ci-note-'));
		const env = {
			PATH: `${fakeNpm()}:${process.env.PATH}`,
			HOME: cwd,
			FAKE_EXIT: '1',
			CHECK_FLAGS: '',
			CI_API_V4_URL: `http://127.0.0.1:${port}/api/v4`,
			CI_PROJECT_ID: '42',
			CI_MERGE_REQUEST_IID: '7',
			REGISTRY_BOT_TOKEN: 'glpat-test',
		};
		// Asynchronously: the stand-in GitLab answers from this very process.
		const job = () =>
			new Promise<number | null>((done) => {
				const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', jobScript(gitlab.check).join('\n')], {
					cwd,
					env,
					stdio: 'ignore',
				});
				child.on('close', done);
			});
		try {
			expect(await job()).toBe(1);
			expect(await job()).toBe(1);
		} finally {
			server.close();
		}
		const api = '/api/v4/projects/42/merge_requests/7/notes';
		expect(calls.map((c) => c.replace(/\?.*? /, ' '))).toEqual([
			`GET ${api} glpat-test`,
			`POST ${api} glpat-test`,
			`GET ${api} glpat-test`,
			`PUT ${api}/100 glpat-test`,
		]);
		expect(notes).toEqual([{ id: 100, body: '<!-- registry-check -->\nreport:markdown\n' }]);
	}, 30_000);
});

describe('the inbox jobs (spreadsheets uploaded into data/inbox/)', () => {
	const githubInbox = () => workflows.find((w) => w.path.endsWith('inbox.yml'))!.doc;

	it('run only for merge requests, never for a commit of their own, and only when data/inbox/ changes', () => {
		const rules = gitlab.inbox.rules as { if: string; when?: string; changes?: string[] }[];
		expect(rules[0]).toEqual({ if: expect.stringContaining('$CI_COMMIT_MESSAGE =~ /Imported-by: npm run inbox/'), when: 'never' });
		expect(rules.slice(1)).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"', changes: ['data/inbox/**/*'] }]);
		const doc = githubInbox();
		expect(doc.on).toEqual({ pull_request: { paths: ['data/inbox/**'] } });
		expect(runs(doc).join('\n')).toContain("grep -q '^Imported-by: npm run inbox$'");
		// The trailer the jobs look for is the one the command writes.
		expect(read('src/cli/inbox.ts')).toContain("COMMIT_TRAILER = 'Imported-by: npm run inbox'");
	});

	it('commit through `npm run inbox -- --commit` and push without putting the token on a command line or in a URL', () => {
		const gitlabShell = jobScript(gitlab.inbox).join('\n');
		expect(gitlabShell).toContain('npm run --silent inbox -- --commit --summary inbox-summary.md');
		const push = gitlabShell.split('\n').find((line) => line.includes(' push '))!;
		expect(push).toContain(
			`credential.helper='!f() { test "$1" = get && printf "username=%s\\npassword=%s\\n" registry-inbox "$INBOX_PUSH_TOKEN"; }; f'`,
		);
		expect(push).toContain('"$CI_SERVER_URL/$CI_PROJECT_PATH.git"');
		expect(gitlabShell.replace(push, '')).not.toContain('$INBOX_PUSH_TOKEN"');
		expect(gitlabShell).not.toMatch(/echo[^\n]*\$\{?INBOX_PUSH_TOKEN/);
		const doc = githubInbox();
		expect(doc.permissions).toEqual({ contents: 'read' });
		expect(doc.jobs.inbox.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', actions: 'write' });
		expect(runs(doc).join('\n')).toContain('npm run --silent inbox -- --commit --summary inbox-summary.md');
		// The branch name reaches the shell through the environment, never pasted into a script.
		for (const run of runs(doc)) expect(run).not.toContain('${{');
	});

	it('show the summary on the merge request, also when the import fails', () => {
		expect(gitlab.inbox.artifacts).toMatchObject({ when: 'always', paths: ['inbox-summary.md'] });
		const steps = githubInbox().jobs.inbox.steps as { run?: string; if?: string }[];
		expect(steps.find((s) => s.run?.includes('--body-file inbox-summary.md'))?.if).toContain('always()');
	});
});

describe('signing on deploy', () => {
	const KEY =
		'-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ-SeCrEt-signing\n-----END OPENSSH PRIVATE KEY-----';
	/** A stand-in npm that records where the build's key file is, its mode and whether it holds the key. */
	function keyNpm(): string {
		const bin = mkdtempSync(join(tmpdir(), 'portal-fake-npm-'));
		writeFileSync(
			join(bin, 'npm'),
			`#!/usr/bin/env bash
[ "$1" = ci ] && exit 0
{ echo "args:$*"; echo "key:\${PORTAL_SIGNING_KEY:-}"; [ -n "\${PORTAL_SIGNING_KEY:-}" ] && stat -c 'mode:%a' "$PORTAL_SIGNING_KEY" && grep -c SeCrEt-signing "$PORTAL_SIGNING_KEY"; } >> "$NPM_LOG"
exit "\${FAKE_EXIT:-0}"
`,
		);
		chmodSync(join(bin, 'npm'), 0o755);
		return bin;
	}
	const run = (script: string, env: Record<string, string>) => {
		const cwd = mkdtempSync(join(tmpdir(), 'portal-ci-sign-'));
		const runnerTemp = mkdtempSync(join(tmpdir(), 'portal-runner-temp-'));
		const log = join(mkdtempSync(join(tmpdir(), 'portal-ci-logs-')), 'npm');
		const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
			cwd,
			encoding: 'utf8',
			env: {
				PATH: `${keyNpm()}:${process.env.PATH}`,
				HOME: cwd,
				NPM_LOG: log,
				CI_JOB_ID: `${process.pid}${Date.now()}`,
				RUNNER_TEMP: runnerTemp,
				...env,
			},
		});
		const npm = existsSync(log) ? readFileSync(log, 'utf8') : '';
		const keyFile = /^key:(.+)$/m.exec(npm)?.[1];
		return { code: result.status, output: result.stdout + result.stderr, npm, keyFile, files: allText(cwd) };
	};
	const gitlabBuild = () => jobScript(gitlab.build).join('\n');
	const githubBuild = () => githubBuildStep().run!;

	it.each([
		['GitLab', () => gitlabBuild(), { SIGNING_KEY_B64: Buffer.from(KEY).toString('base64') }],
		[
			'GitHub',
			() =>
				`${githubBuild()}\n${(githubCheck().build.steps as { run?: string }[]).find((s) => s.run?.includes('rm -f') && !s.run.includes('npm'))!.run}`,
			{ SIGNING_KEY: KEY },
		],
	])('%s: the build gets the key as a file of mode 600 outside the project, removed after it, never printed', (_, script, env) => {
		const job = run(script(), env);
		expect(job.code, job.output).toBe(0);
		expect(job.npm).toMatch(/^args:run build --/m);
		expect(job.keyFile).toBeDefined();
		expect(job.npm).toContain('mode:600');
		expect(job.npm).toMatch(/^1$/m);
		expect(existsSync(job.keyFile!)).toBe(false);
		expect(job.output).toContain('манифест открытых данных будет подписан');
		expect(job.output).not.toContain('SeCrEt-signing');
		expect(job.files).not.toContain('SeCrEt-signing');
	});

	it.each([
		['GitLab', () => gitlabBuild()],
		['GitHub', () => githubBuild()],
	])('%s: without the key, builds unsigned and says so', (_, script) => {
		const job = run(script(), {});
		expect(job.code).toBe(0);
		expect(job.keyFile).toBeUndefined();
		expect(job.output).toContain('сайт собирается без подписи');
	});

	it('the key is removed even when the build fails, and the job fails with it', () => {
		const job = run(gitlabBuild(), { SIGNING_KEY_B64: Buffer.from(KEY).toString('base64'), FAKE_EXIT: '2' });
		expect(job.code).toBe(2);
		expect(existsSync(job.keyFile!)).toBe(false);
	});

	it('GitHub hands the secret to the build step on main pushes only', () => {
		expect(githubBuildStep().env!.SIGNING_KEY).toBe(
			"${{ github.ref == 'refs/heads/main' && github.event_name != 'pull_request' && secrets.SIGNING_KEY || '' }}",
		);
		expect(read(GITLAB)).toMatch(/SIGNING_KEY_B64 +optional; masked and protected/);
	});
});
