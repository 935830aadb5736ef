/**
 * Finds the data files and says what each one is, from its place in the tree:
 *   site.yaml, compliance.yaml, policies/<id>.yaml,
 *   orgs/<org>/org.yaml, orgs/<org>/accounts/<id>.yaml,
 *   orgs/<org>/{plans,stats,replies}/<yyyy>-q<n>.csv, internal/<org>.yaml.
 * One folder per organisation keeps a merge request about one body inside one folder.
 * Files and folders whose names start with `.` are skipped (version control, editor files).
 * Files and folders whose names start with `_` are drafts: never loaded as data (no entity, no
 * table, no layout finding), but listed as `draft` entries so that text rules read them — a draft
 * is committed like any other file, and a password in it stays in the history all the same.
 * The top-level inbox/ folder (spreadsheets waiting for `npm run inbox`) is read the same way.
 */
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { VERSIONS_FOLDER } from './opendata-versions.ts';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';

export type SeriesKind = 'stats' | 'plans' | 'replies';

export type TreeEntry =
	| { kind: 'site' | 'compliance'; abs: string; file: string }
	| { kind: 'policy'; abs: string; file: string; id: string }
	| { kind: 'org'; abs: string; file: string; org: string }
	| { kind: 'account'; abs: string; file: string; org: string; id: string }
	| { kind: 'internal'; abs: string; file: string; org: string }
	| { kind: 'series'; abs: string; file: string; org: string; series: SeriesKind; year: number; quarter: number }
	| { kind: 'unexpected'; abs: string; file: string; hint: string }
	| { kind: 'draft'; abs: string; file: string }
	| IrregularEntry;

/**
 * Something that is not a regular file where the walk found it: a folder where the layout has a data
 * file (orgs/<org>/org.yaml made a folder), or a symbolic link, FIFO, socket or device anywhere. It is
 * reported, never read: a link would take the check (and the site) to files outside the tree, a FIFO
 * would block the read. `as` is what a regular file here would have been, so its record is counted
 * as rejected rather than silently missing.
 */
export interface IrregularEntry {
	kind: 'irregular';
	abs: string;
	file: string;
	what: 'directory' | 'symlink' | 'fifo' | 'socket' | 'device';
	as: TreeEntry['kind'];
	org?: string;
	id?: string;
}

/** A quarterly table (stats, plans, replies) of an organisation. */
export type SeriesEntry = Extract<TreeEntry, { kind: 'series' }>;

export const isSeries = (entry: TreeEntry): entry is SeriesEntry => entry.kind === 'series';

/** Kinds that are data: a folder with such a path stands where a data file must. */
const DATA_KINDS: ReadonlySet<TreeEntry['kind']> = new Set(['site', 'compliance', 'policy', 'org', 'account', 'internal', 'series']);

function irregular(what: IrregularEntry['what'], as: TreeEntry, file: string): IrregularEntry {
	const entry: IrregularEntry = { kind: 'irregular', abs: as.abs, file, what, as: as.kind };
	if ('org' in as) entry.org = as.org;
	if (as.kind === 'account' || as.kind === 'policy') entry.id = as.id;
	return entry;
}

function whatIs(dirent: Dirent): IrregularEntry['what'] {
	if (dirent.isSymbolicLink()) return 'symlink';
	if (dirent.isFIFO()) return 'fifo';
	if (dirent.isSocket()) return 'socket';
	return 'device';
}

const QUARTER_FILE = /^(\d{4})-q([1-4])\.csv$/;
const IGNORED = /^(README\.md|\.gitkeep)$/i;
/** The folder of the data tree where staff drop spreadsheets for `npm run inbox`. */
export const INBOX = 'inbox';

/** Path shown to people: relative to the working directory, with forward slashes. */
export function displayPath(abs: string, cwd = process.cwd()): string {
	return relative(cwd, abs).split(sep).join('/');
}

/**
 * A file under the data directory as findings show it, whether or not it exists: `displayDir` is
 * displayPath(dataDir, cwd) (Dataset.displayDir), `rel` a path inside it with forward slashes.
 */
export function dataFile(displayDir: string, rel: string): string {
	return posix.join(displayDir, rel);
}

export function walkTree(dataDir: string, cwd = process.cwd()): TreeEntry[] {
	return walkFolder(dataDir, [], cwd);
}

/** The internal folder: `internalDir` when given (`--internal`), else `<data>/internal`. */
export function internalFolder(dataDir: string, internalDir: string | undefined): string {
	return internalDir ?? join(dataDir, 'internal');
}

/**
 * The data tree with its internal files. Internal data may live apart from the public data (a
 * private repository, `--internal DIR`): its files are then read from there, the same way and
 * with their real paths, and a file still under `<data>/internal/` is reported as misplaced
 * rather than read as well (two files for one body would contradict each other).
 */
export function walkData(dataDir: string, internalDir: string | undefined, cwd = process.cwd()): TreeEntry[] {
	const entries = walkTree(dataDir, cwd);
	if (internalDir === undefined || resolve(internalDir) === resolve(dataDir, 'internal')) return entries;
	const shown = displayPath(resolve(internalDir), cwd);
	const hint = `внутренние сведения читаются из папки ${shown || '.'} (--internal): перенесите файл туда или удалите его отсюда`;
	// An internal folder inside the data tree (data/private) is read once, as internal data.
	const outside = entries.filter((entry) => !isInside(shown, entry.file));
	const moved = outside.map((entry): TreeEntry =>
		entry.kind === 'internal' ? { kind: 'unexpected', abs: entry.abs, file: entry.file, hint } : entry,
	);
	return existsSync(internalDir) ? [...moved, ...walkFolderAt(internalDir, ['internal'], cwd)] : moved;
}

/**
 * Is a file (as findings show it) inside a folder (as displayPath shows it)? '' is the working
 * directory, which holds every path that does not climb out of it.
 */
export function isInside(folderShown: string, file: string): boolean {
	if (folderShown === '') return !file.startsWith('../') && file !== '..' && !isAbsolute(file);
	return file.startsWith(`${folderShown}/`);
}

/**
 * The entries under one folder of the tree (`parts`, e.g. ['policies']), by walkTree's rules, for
 * readers that need one kind of file and not the whole national tree.
 */
export function walkFolder(dataDir: string, parts: readonly string[], cwd = process.cwd()): TreeEntry[] {
	return walkFolderAt(join(dataDir, ...parts), parts, cwd);
}

/** The entries under `root`, classified as if it stood at `parts` in the tree (an internal folder kept apart). */
function walkFolderAt(root: string, parts: readonly string[], cwd: string): TreeEntry[] {
	const entries: TreeEntry[] = [];
	const rootShown = displayPath(root, cwd);
	// Under the working directory, a file's display path is its folder's plus its name: path.relative()
	// per file was a quarter of the walk of a national tree (700,000 files; build budget).
	// Elsewhere (the working directory may lie inside the tree) each path is worked out in full.
	const nested = !rootShown.startsWith('..') && !isAbsolute(rootShown);
	const visit = (dir: string, shown: string, parts: string[], draft: boolean) => {
		for (const dirent of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
			if (dirent.name.startsWith('.')) continue;
			// Published files of earlier open-data versions, not data to check (src/loaders/opendata-versions.ts).
			if (parts.length === 0 && dirent.name === VERSIONS_FOLDER && dirent.isDirectory()) continue;
			// join() without its normalising: `dir` is normal and a name holds no separator.
			const abs = dir.endsWith(sep) ? dir + dirent.name : dir + sep + dirent.name;
			const file = !nested ? displayPath(abs, cwd) : shown === '' ? dirent.name : `${shown}/${dirent.name}`;
			// inbox/ at the top holds spreadsheets uploaded through the Git host's web interface for
			// `npm run inbox` to import (src/cli/inbox.ts): not data yet, so read like drafts — no
			// layout finding, but text rules still see what is committed there.
			const inDraft = draft || dirent.name.startsWith('_') || (parts.length === 0 && dirent.name === INBOX && dirent.isDirectory());
			// Dirent types come from the directory itself (lstat's view): a symbolic link is never
			// followed, to a file or to a folder.
			if (dirent.isDirectory()) {
				const as = inDraft ? undefined : classify([...parts, dirent.name], abs, file);
				if (as && DATA_KINDS.has(as.kind)) entries.push(irregular('directory', as, file));
				else visit(abs, file, [...parts, dirent.name], inDraft);
			} else if (IGNORED.test(dirent.name)) continue;
			else if (!dirent.isFile()) {
				// A draft's oddities are not data and not text: left alone, as they always were.
				if (!inDraft) entries.push(irregular(whatIs(dirent), classify([...parts, dirent.name], abs, file), file));
			} else if (inDraft) entries.push({ kind: 'draft', abs, file });
			else entries.push(classify([...parts, dirent.name], abs, file));
		}
	};
	visit(
		root,
		rootShown,
		[...parts],
		parts.some((part) => part.startsWith('_')),
	);
	return entries;
}

export function classify(parts: string[], abs: string, file: string): TreeEntry {
	const [a, b, c, d, e] = parts;
	const name = parts[parts.length - 1]!;
	if (/\.yml$/i.test(name)) return { kind: 'unexpected', abs, file, hint: 'расширение должно быть .yaml, а не .yml' };
	if (parts.length === 1 && a === 'site.yaml') return { kind: 'site', abs, file };
	if (parts.length === 1 && a === 'compliance.yaml') return { kind: 'compliance', abs, file };
	if (parts.length === 2 && a === 'policies' && b!.endsWith('.yaml')) return { kind: 'policy', abs, file, id: b!.slice(0, -5) };
	if (parts.length === 2 && a === 'internal' && b!.endsWith('.yaml')) return { kind: 'internal', abs, file, org: b!.slice(0, -5) };
	if (a === 'orgs' && b !== undefined) {
		if (parts.length === 3 && c === 'org.yaml') return { kind: 'org', abs, file, org: b };
		if (parts.length === 4 && c === 'accounts' && d!.endsWith('.yaml')) return { kind: 'account', abs, file, org: b, id: d!.slice(0, -5) };
		if (parts.length === 4 && (c === 'stats' || c === 'plans' || c === 'replies')) {
			const match = QUARTER_FILE.exec(d!);
			if (match) return { kind: 'series', abs, file, org: b, series: c, year: Number(match[1]), quarter: Number(match[2]) };
			return { kind: 'unexpected', abs, file, hint: `файл в папке ${c}/ должен называться ГГГГ-qN.csv, например 2026-q3.csv` };
		}
		if (e === undefined && parts.length <= 4) {
			return { kind: 'unexpected', abs, file, hint: 'в папке организации ожидаются org.yaml и папки accounts/, plans/, stats/, replies/' };
		}
	}
	return {
		kind: 'unexpected',
		abs,
		file,
		hint: 'ожидаются site.yaml, compliance.yaml, policies/, orgs/<организация>/… и internal/<организация>.yaml',
	};
}
