/**
 * History of registry records from the Git log: which commit (and which merge request) added,
 * changed and closed each account and organisation. Pure: the text of one `git log` and, for
 * closures, the status of a few file versions come in; events come out. src/lib/history/git.ts
 * runs git.
 *
 * The log is read along the main branch only (`--first-parent`), each merge commit with the whole
 * change its merge request brought (`-m` against the first parent): a record's history is then one
 * event per merge request, dated the day it was accepted, not the day someone committed on a branch.
 */

/** Starts every commit in the log; fields within the header are separated by UNIT. */
export const RECORD = '\u001e';
export const UNIT = '\u001f';

/** `git log --format` for parseLog: hash, commit date (strict ISO), subject, body. */
export const LOG_FORMAT = `${RECORD}%H${UNIT}%cI${UNIT}%s${UNIT}%b${UNIT}`;

/** A merge request (GitLab, `!123`) or pull request (GitHub, `#123`). */
export interface MergeRequest {
	number: number;
	host: 'gitlab' | 'github';
	/** `group/project` when a GitLab merge commit names it. */
	project?: string;
}

export interface FileChange {
	/** A added, M modified, D deleted (renames are read as delete + add: `--no-renames`). */
	status: 'A' | 'M' | 'D';
	path: string;
}

export interface Commit {
	hash: string;
	/** The commit's day in its committer's time zone, YYYY-MM-DD. */
	date: string;
	subject: string;
	mergeRequest?: MergeRequest;
	changes: FileChange[];
}

const GITLAB_MERGE = /(?:^|\n)See merge request (?:([\w.\-/]+))?!(\d+)\s*$/m;
const GITHUB_MERGE = /^Merge pull request #(\d+) from /;
// «Add accounts of the school (#123)»: GitHub's squash merge; GitLab squashes keep a merge commit.
const SQUASH = /\(#(\d+)\)\s*$/;

/** The merge request a main-branch commit records, from its subject and body. */
export function mergeRequestOf(subject: string, body: string): MergeRequest | undefined {
	const gitlab = GITLAB_MERGE.exec(body) ?? GITLAB_MERGE.exec(subject);
	if (gitlab) return { number: Number(gitlab[2]), host: 'gitlab', ...(gitlab[1] ? { project: gitlab[1] } : {}) };
	const github = GITHUB_MERGE.exec(subject) ?? SQUASH.exec(subject);
	if (github) return { number: Number(github[1]), host: 'github' };
	return undefined;
}

const CHANGE = /^([AMD])\t(.+)$/;
// Other statuses (T: type change, C/R: copy/rename if configured on) count as a modification.
const OTHER_CHANGE = /^([CRTUXB])\d*\t(?:[^\t]+\t)?(.+)$/;

/** `git log --format=LOG_FORMAT --name-status` text → commits, newest first as git prints them. */
export function parseLog(text: string): Commit[] {
	const commits: Commit[] = [];
	for (const chunk of text.split(RECORD)) {
		if (chunk.trim() === '') continue;
		const [hash = '', date = '', subject = '', body = '', rest = ''] = chunk.split(UNIT);
		if (!/^[0-9a-f]{40,64}$/.test(hash)) continue;
		const changes: FileChange[] = [];
		for (const line of rest.split('\n')) {
			const match = CHANGE.exec(line) ?? OTHER_CHANGE.exec(line);
			if (!match) continue;
			const status = match[1] === 'A' || match[1] === 'D' ? match[1] : 'M';
			changes.push({ status, path: match[2]! });
		}
		const mergeRequest = mergeRequestOf(subject, body);
		commits.push({ hash, date: date.slice(0, 10), subject, ...(mergeRequest ? { mergeRequest } : {}), changes });
	}
	return commits;
}

export type RecordKind = 'account' | 'org';

export interface RecordRef {
	kind: RecordKind;
	id: string;
}

// As the tree walker reads the data folder: names starting with «_» or «.» are drafts, ignored.
const ORG_FILE = /^orgs\/([^/_.][^/]*)\/org\.yaml$/;
const ACCOUNT_FILE = /^orgs\/([^/_.][^/]*)\/accounts\/([^/_.][^/]*)\.yaml$/;

/** The record a path (relative to the data folder) holds: the id is the file name. */
export function recordOf(path: string): RecordRef | undefined {
	const account = ACCOUNT_FILE.exec(path);
	if (account) return { kind: 'account', id: account[2]! };
	const org = ORG_FILE.exec(path);
	if (org) return { kind: 'org', id: org[1]! };
	return undefined;
}

export const recordKey = (ref: RecordRef) => `${ref.kind}/${ref.id}`;

export type EventKind = 'added' | 'changed' | 'closed' | 'removed';

export interface HistoryEvent {
	kind: EventKind;
	date: string;
	commit: string;
	mergeRequest?: MergeRequest;
}

/** Commit hash + path → whether the file at that commit says `status: closed`. */
export type ClosedAt = ReadonlyMap<string, boolean>;
export const versionKey = (hash: string, path: string) => `${hash}:${path}`;

const TOP_LEVEL_CLOSED = /^status:[ \t]*(["']?)closed\1[ \t]*(?:#.*)?$/m;

/** Whether an account file says `status: closed` (a top-level key; the schema allows no other place). */
export function saysClosed(yaml: string): boolean {
	return TOP_LEVEL_CLOSED.test(yaml);
}

/**
 * Every record's events, oldest first: the commit that added it, each that changed it, the one
 * where `status: closed` appeared (when `closedAt` knows that file's versions), a deletion.
 * One event per commit and record: a file moved to another organisation's folder (deleted and
 * added in one commit) is one change.
 */
export function deriveHistory(commits: readonly Commit[], closedAt: ClosedAt = new Map()): Map<string, HistoryEvent[]> {
	const history = new Map<string, HistoryEvent[]>();
	const state = new Map<string, { exists: boolean; closed: boolean }>();
	// git prints newest first; events build up from the oldest.
	for (let i = commits.length - 1; i >= 0; i--) {
		const commit = commits[i]!;
		const touched = new Map<string, { ref: RecordRef; changes: FileChange[] }>();
		for (const change of commit.changes) {
			const ref = recordOf(change.path);
			if (!ref) continue;
			const key = recordKey(ref);
			const entry = touched.get(key);
			if (entry) entry.changes.push(change);
			else touched.set(key, { ref, changes: [change] });
		}
		for (const [key, { changes }] of touched) {
			const before = state.get(key);
			const present = changes.find((c) => c.status !== 'D');
			let kind: EventKind;
			let closed = before?.closed ?? false;
			if (!present) {
				kind = 'removed';
				state.set(key, { exists: false, closed });
			} else {
				kind = before === undefined ? 'added' : 'changed';
				const known = closedAt.get(versionKey(commit.hash, present.path));
				if (known !== undefined) {
					// Added already closed (a tombstone entered late) stays «added»: that commit did not close anything.
					if (known && !closed && kind === 'changed') kind = 'closed';
					closed = known;
				}
				state.set(key, { exists: true, closed });
			}
			const event: HistoryEvent = { kind, date: commit.date, commit: commit.hash, ...(commit.mergeRequest ? { mergeRequest: commit.mergeRequest } : {}) };
			const list = history.get(key);
			if (list) list.push(event);
			else history.set(key, [event]);
		}
	}
	return history;
}

/**
 * The versions whose status decides closures: every added or modified version of the given
 * accounts' files. Only accounts closed today need them; reading every version of every file
 * would cost one blob per change of the whole registry.
 */
export function versionsToRead(commits: readonly Commit[], accounts: ReadonlySet<string>): { hash: string; path: string }[] {
	const out: { hash: string; path: string }[] = [];
	for (const commit of commits) {
		for (const change of commit.changes) {
			if (change.status === 'D') continue;
			const ref = recordOf(change.path);
			if (ref?.kind === 'account' && accounts.has(ref.id)) out.push({ hash: commit.hash, path: change.path });
		}
	}
	return out;
}

/** Link to a merge request when the repository's web address is known. */
export function mergeRequestUrl(repository: string, mr: MergeRequest): string {
	// Trailing slashes cut by hand: `\/+$` retries from every slash of a run (site.yaml is data).
	let end = repository.length;
	while (end > 0 && repository[end - 1] === '/') end--;
	const base = repository.slice(0, end);
	return mr.host === 'gitlab' ? `${base}/-/merge_requests/${mr.number}` : `${base}/pull/${mr.number}`;
}

/** `!123` (GitLab's notation) or `#123` (GitHub's). */
export function mergeRequestLabel(mr: MergeRequest): string {
	return `${mr.host === 'gitlab' ? '!' : '#'}${mr.number}`;
}
