/**
 * Runs git for the record history: one `git log --raw` over the registry's record files, then one
 * `git cat-file --batch` for the versions it names, each read once and reduced to its public value
 * (values.ts). Never throws for a missing history: no git, not a repository, or a shallow clone
 * (CI checkouts are shallow unless told otherwise) give `{ ok: false, reason }`, and the site is
 * built without history sections.
 */
import { spawnSync } from 'node:child_process';
import { blobsToRead, deriveHistory, LOG_FORMAT, parseLog, recordOf, type HistoryEvent } from './parse.ts';
import { publicValue, type RecordValue } from './values.ts';

export type GitHistory = { ok: true; records: Map<string, HistoryEvent[]>; commits: number } | { ok: false; reason: string };

export interface HistoryOptions {
	/** The data folder (site.yaml, orgs/…), anywhere inside a work tree. */
	dataDir: string;
	/** The git executable (tests point it elsewhere to see the fallback). */
	git?: string;
}

// History of a large registry is a few megabytes of log; the default 1 MiB would cut it short.
const MAX_BUFFER = 1 << 30;

// Settings that would change what the log prints: the user's config must not decide the history.
const CONFIG = ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false', '-c', 'diff.renames=false', '-c', 'log.follow=false'];

export function readGitHistory(options: HistoryOptions): GitHistory {
	const git = options.git ?? 'git';
	const run = (args: string[], input?: string) =>
		spawnSync(git, [...CONFIG, ...args], {
			cwd: options.dataDir,
			maxBuffer: MAX_BUFFER,
			...(input !== undefined ? { input } : {}),
			// Never wait for a pager or a credential prompt during a build.
			env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
		});

	const inside = run(['rev-parse', '--is-inside-work-tree']);
	if (inside.error)
		return {
			ok: false,
			reason:
				(inside.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git не установлен' : `git не запустился: ${inside.error.message}`,
		};
	if (inside.status !== 0 || inside.stdout.toString().trim() !== 'true') {
		const message = inside.stderr.toString().trim().split('\n')[0] ?? '';
		// Anything but «not a git repository» (e.g. «dubious ownership» in a CI container) is worth quoting.
		if (inside.status !== 0 && !/not a git repository/i.test(message)) return { ok: false, reason: `git: ${message}` };
		return { ok: false, reason: `папка данных «${options.dataDir}» не в репозитории Git` };
	}
	const shallow = run(['rev-parse', '--is-shallow-repository']);
	if (shallow.stdout.toString().trim() === 'true') {
		return {
			ok: false,
			reason: 'репозиторий склонирован не полностью (shallow clone): в CI задайте GIT_DEPTH: 0 (GitLab) или fetch-depth: 0 (GitHub)',
		};
	}

	const log = run([
		'log',
		'--first-parent',
		'-m',
		'--no-renames',
		'--raw',
		'--no-abbrev',
		'--relative',
		'--no-color',
		`--format=${LOG_FORMAT}`,
		'--',
		'orgs/*/org.yaml',
		'orgs/*/accounts/*.yaml',
	]);
	if (log.status !== 0) {
		const message = log.stderr.toString().trim();
		// A repository with no commit yet has no history, which is not a failure.
		if (/does not have any commits|bad default revision/.test(message)) return { ok: true, records: new Map(), commits: 0 };
		return { ok: false, reason: `git log завершился с ошибкой: ${message.split('\n')[0]}` };
	}
	const commits = parseLog(log.stdout.toString('utf8'));

	const blobs = blobsToRead(commits);
	const values = new Map<string, RecordValue | undefined>();
	if (blobs.length > 0) {
		const batch = run(['cat-file', '--batch'], blobs.map((blob) => `${blob}\n`).join(''));
		if (batch.status !== 0)
			return { ok: false, reason: `git cat-file завершился с ошибкой: ${batch.stderr.toString().trim().split('\n')[0]}` };
		const texts = splitBatch(batch.stdout);
		const kindOf = blobKinds(commits);
		blobs.forEach((blob, i) => {
			const text = texts[i];
			if (text !== undefined) values.set(blob, publicValue(kindOf.get(blob) ?? 'account', text));
		});
	}
	return { ok: true, records: deriveHistory(commits, values), commits: commits.length };
}

/** Which kind of record each blob is a version of (an identical org.yaml and account file cannot share one: ids differ). */
function blobKinds(commits: ReturnType<typeof parseLog>): Map<string, 'account' | 'org'> {
	const kinds = new Map<string, 'account' | 'org'>();
	for (const commit of commits) {
		for (const change of commit.changes) {
			const ref = recordOf(change.path);
			if (!ref) continue;
			if (change.before) kinds.set(change.before, ref.kind);
			if (change.after) kinds.set(change.after, ref.kind);
		}
	}
	return kinds;
}

/**
 * `git cat-file --batch` output → the content of each requested object in order, undefined for
 * a missing one. Sizes are in bytes, so the output is cut as bytes, then decoded.
 */
export function splitBatch(out: Buffer): (string | undefined)[] {
	const blobs: (string | undefined)[] = [];
	let at = 0;
	while (at < out.length) {
		const eol = out.indexOf(10, at);
		if (eol < 0) break;
		const header = out.subarray(at, eol).toString('utf8');
		at = eol + 1;
		const match = /^\S+ (\w+) (\d+)$/.exec(header);
		if (!match) {
			blobs.push(undefined); // «<object> missing» or «ambiguous»
			continue;
		}
		const size = Number(match[2]);
		blobs.push(out.subarray(at, at + size).toString('utf8'));
		at += size + 1; // the content is followed by a line feed
	}
	return blobs;
}
