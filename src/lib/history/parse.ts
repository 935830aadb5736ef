/**
 * History of registry records from the Git log: which commit (and which merge request) added,
 * changed and closed each account and organisation. Pure: the text of one `git log --raw` and the
 * public values of the file versions it names come in; events come out. src/lib/history/git.ts
 * runs git.
 *
 * The log is read along the main branch only (`--first-parent`), each merge commit with the whole
 * change its merge request brought (`-m` against the first parent): a record's history is then one
 * event per merge request, dated the day it was accepted, not the day someone committed on a branch.
 *
 * A commit is an event of a record only when the record's public value changed (values.ts):
 * a file rewritten with the same values (a comment, formatting, key order) is no event.
 */
import { changedFields, type RecordValue } from './values.ts';

/** Starts every commit in the log; fields within the header are separated by UNIT. */
export const RECORD = '\u001e';
export const UNIT = '\u001f';

/** `git log --format` for parseLog: hash, commit date (strict ISO), subject, body. */
export const LOG_FORMAT = `${RECORD}%H${UNIT}%cI${UNIT}%s${UNIT}%b${UNIT}`;

export type Host = 'gitlab' | 'github' | 'gitea';

/** A merge request (GitLab, `!123`) or pull request (GitHub, Gitea, Forgejo: `#123`). */
export interface MergeRequest {
	number: number;
	host: Host;
	/** `group/project` when a GitLab merge commit names it. */
	project?: string;
}

export interface FileChange {
	/** A added, M modified, D deleted (renames are read as delete + add: `--no-renames`). */
	status: 'A' | 'M' | 'D';
	path: string;
	/** The blob before and after (`--raw --no-abbrev`); absent on its side for an addition or deletion. */
	before?: string;
	after?: string;
}

export interface Commit {
	hash: string;
	/** The commit's day in its committer's time zone, YYYY-MM-DD. */
	date: string;
	/** The committer's date as git printed it (strict ISO 8601 with offset). */
	time: string;
	subject: string;
	mergeRequest?: MergeRequest;
	changes: FileChange[];
}

// GitLab's merge commit: «Merge branch 'x' into 'main'» … «See merge request group/project!123».
const GITLAB_MERGE = /(?:^|\n)See merge request (?:([\w.\-/]+))?!(\d+)\s*$/m;
const GITHUB_MERGE = /^Merge pull request #(\d+) from /;
// Gitea and Forgejo: «Merge pull request 'Title' (#123) from user/branch into main».
const GITEA_MERGE = /^Merge pull request '.*' \(#(\d+)\) from /;
// «Add accounts of the school (#123)»: GitHub's squash merge; GitLab squashes keep a merge commit.
const SQUASH = /\(#(\d+)\)\s*$/;
// Trailers, one per line: «Merge-Request: !123», «Merge-Request: group/project!123», or a link
// («Reviewed-on: https://git.example/org/repo/pulls/123» as Gitea and Forgejo write it).
const TRAILER = /^(Merge-Request|Reviewed-on|Pull-Request|PR-URL):[ \t]*(\S+)[ \t]*$/gim;
const TRAILER_REF = /^(?:([\w.\-/]+))?([!#])(\d+)$/;
const TRAILER_URL = /^https?:\/\/[^/\s]+\/\S*?\/(-\/merge_requests|pulls|pull)\/(\d+)\/?$/;

function fromTrailer(value: string): MergeRequest | undefined {
	const ref = TRAILER_REF.exec(value);
	if (ref) return { number: Number(ref[3]), host: ref[2] === '!' ? 'gitlab' : 'github', ...(ref[1] ? { project: ref[1] } : {}) };
	const url = TRAILER_URL.exec(value);
	if (url) return { number: Number(url[2]), host: url[1] === 'pulls' ? 'gitea' : url[1] === 'pull' ? 'github' : 'gitlab' };
	return undefined;
}

/** The merge request a main-branch commit records, from its subject, body and trailers. */
export function mergeRequestOf(subject: string, body: string): MergeRequest | undefined {
	const gitlab = GITLAB_MERGE.exec(body) ?? GITLAB_MERGE.exec(subject);
	if (gitlab) return { number: Number(gitlab[2]), host: 'gitlab', ...(gitlab[1] ? { project: gitlab[1] } : {}) };
	const gitea = GITEA_MERGE.exec(subject);
	if (gitea) return { number: Number(gitea[1]), host: 'gitea' };
	const github = GITHUB_MERGE.exec(subject);
	if (github) return { number: Number(github[1]), host: 'github' };
	for (const [, , value] of body.matchAll(TRAILER)) {
		const found = fromTrailer(value!);
		if (found) return found;
	}
	const squash = SQUASH.exec(subject);
	if (squash) return { number: Number(squash[1]), host: 'github' };
	return undefined;
}

// `:100644 100644 <before> <after> M\t<path>`; an all-zero blob is the missing side.
const RAW = /^:\d{6} \d{6} ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([A-Z])\d*\t(?:[^\t]+\t)?(.+)$/;
const NONE = /^0+$/;

/** `git log --format=LOG_FORMAT --raw --no-abbrev` text → commits, newest first as git prints them. */
export function parseLog(text: string): Commit[] {
	const commits: Commit[] = [];
	for (const chunk of text.split(RECORD)) {
		if (chunk.trim() === '') continue;
		const [hash = '', time = '', subject = '', body = '', rest = ''] = chunk.split(UNIT);
		if (!/^[0-9a-f]{40,64}$/.test(hash)) continue;
		const changes: FileChange[] = [];
		for (const line of rest.split('\n')) {
			const match = RAW.exec(line);
			if (!match) continue;
			const [, before, after, letter, path] = match;
			// Other statuses (T: type change, C/R: copy/rename if configured on) count as a modification.
			const status = letter === 'A' || letter === 'D' ? letter : 'M';
			changes.push({
				status,
				path: path!,
				...(NONE.test(before!) ? {} : { before: before! }),
				...(NONE.test(after!) ? {} : { after: after! }),
			});
		}
		const mergeRequest = mergeRequestOf(subject, body);
		commits.push({ hash, date: time.slice(0, 10), time, subject, ...(mergeRequest ? { mergeRequest } : {}), changes });
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
	/** The committer's date and time (strict ISO 8601): orders a day's events in the feed. */
	time: string;
	commit: string;
	mergeRequest?: MergeRequest;
	/** For «changed» and «closed»: the public top-level fields whose values differ. */
	fields?: string[];
}

/** The blobs whose values deriveHistory needs: every version of a record file the log names. */
export function blobsToRead(commits: readonly Commit[]): string[] {
	const blobs = new Set<string>();
	for (const commit of commits) {
		for (const change of commit.changes) {
			if (!recordOf(change.path)) continue;
			if (change.after) blobs.add(change.after);
			if (change.before) blobs.add(change.before);
		}
	}
	return [...blobs];
}

/** Blob → the public value of that version (values.ts); absent or undefined: not readable. */
export type Values = ReadonlyMap<string, RecordValue | undefined>;

const isClosed = (value: RecordValue) => value.get('status') === '"closed"';

/**
 * Every record's events, oldest first: the commit that added it, each that changed its public
 * value, the one where its status became closed, a deletion. One event per commit and record:
 * a file moved to another organisation's folder (deleted and added in one commit) is one change
 * (its `org` differs), or none if the values are the same.
 *
 * A version that cannot be read (not YAML) is passed over: the next readable one is compared
 * with the last readable one, so a broken commit and its fix make no entries of their own.
 */
export function deriveHistory(commits: readonly Commit[], values: Values): Map<string, HistoryEvent[]> {
	const history = new Map<string, HistoryEvent[]>();
	const state = new Map<string, RecordValue>();
	// git prints newest first; events build up from the oldest.
	for (let i = commits.length - 1; i >= 0; i--) {
		const commit = commits[i]!;
		const touched = new Map<string, FileChange[]>();
		for (const change of commit.changes) {
			const ref = recordOf(change.path);
			if (!ref) continue;
			const key = recordKey(ref);
			const list = touched.get(key);
			if (list) list.push(change);
			else touched.set(key, [change]);
		}
		for (const [key, changes] of touched) {
			const before = state.get(key);
			const present = changes.find((c) => c.status !== 'D' && c.after);
			let event: Pick<HistoryEvent, 'kind' | 'fields'> | undefined;
			if (!present) {
				if (before) {
					state.delete(key);
					event = { kind: 'removed' };
				}
			} else {
				const after = values.get(present.after!);
				if (after === undefined) continue;
				state.set(key, after);
				if (!before) event = { kind: 'added' };
				else {
					const fields = changedFields(before, after);
					if (fields.length > 0) event = { kind: isClosed(after) && !isClosed(before) ? 'closed' : 'changed', fields };
				}
			}
			if (!event) continue;
			const entry: HistoryEvent = {
				...event,
				date: commit.date,
				time: commit.time,
				commit: commit.hash,
				...(commit.mergeRequest ? { mergeRequest: commit.mergeRequest } : {}),
			};
			const list = history.get(key);
			if (list) list.push(entry);
			else history.set(key, [entry]);
		}
	}
	return history;
}

/** Link to a merge request when the repository's web address is known. */
export function mergeRequestUrl(repository: string, mr: MergeRequest): string {
	// Trailing slashes cut by hand: `\/+$` retries from every slash of a run (the address is configuration).
	let end = repository.length;
	while (end > 0 && repository[end - 1] === '/') end--;
	const base = repository.slice(0, end);
	if (mr.host === 'gitlab') return `${base}/-/merge_requests/${mr.number}`;
	return mr.host === 'gitea' ? `${base}/pulls/${mr.number}` : `${base}/pull/${mr.number}`;
}

/** `!123` (GitLab's notation) or `#123` (GitHub's, Gitea's). */
export function mergeRequestLabel(mr: MergeRequest): string {
	return `${mr.host === 'gitlab' ? '!' : '#'}${mr.number}`;
}
