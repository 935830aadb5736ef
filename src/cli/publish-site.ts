/**
 * The last step of `npm run build` (src/cli/build.ts): the new site replaces --out whole, or --out
 * keeps the last site. Around it, the guards a build into one --out needs (docs/publishing.md):
 *  - a lock beside --out (`.<name>.lock`): one build at a time per --out; a second refuses at once;
 *  - recovery: a build that died between the two renames of the swap left the last site in
 *    `.<name>.previous`; the next build into that --out puts it back before anything else;
 *  - the new site is staged in `.<name>.new-<pid>`, beside --out and so on its file system (copied
 *    there when the work folder is on another one), and checked complete before the swap;
 *  - work folders `.build/run-*` record their owner, and those of dead builds are removed.
 *
 * Every failure after the last site was touched says where --out stands and where the last copy is:
 * the caller must never print that the folder is unchanged unless it is (`PublishResult`).
 */
import {
	closeSync,
	copyFileSync,
	existsSync,
	linkSync,
	lstatSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	renameSync,
	rmSync,
	statSync,
	symlinkSync,
	writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { formatCount } from '../lib/ru-format.ts';
import { buildEnv, VARIABLES } from '../lib/build-env.ts';

/** Paths beside --out; all on --out's parent, so every rename between them stays on one file system. */
export interface OutPaths {
	out: string;
	parent: string;
	/** The lock file: pid, start and host of the build that holds --out. */
	lock: string;
	/** The last site during the swap, until the new one is in place. */
	previous: string;
	/** Prefix of the staging folders, `.<name>.new-<pid>`. */
	stagePrefix: string;
}

export function outPaths(out: string): OutPaths {
	const parent = dirname(out);
	const name = basename(out);
	return { out, parent, lock: join(parent, `.${name}.lock`), previous: join(parent, `.${name}.previous`), stagePrefix: `.${name}.new-` };
}

/** A failure to report as it is (Russian, one or more lines, no stack): the build exits 2. */
export class PublishError extends Error {}

// --- Owners: which process holds a lock or a work folder, and whether it still runs -------------------

/** Who holds a lock or a work folder. `token` tells a live process from a later one given the same pid. */
export interface Owner {
	pid: number;
	started: string;
	host: string;
	token: string | null;
}

/**
 * The process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat): a pid reused
 * by another process has another. Null where /proc is not there; the pid alone is checked then.
 */
export function processToken(pid: number): string | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name (field 2) is in parentheses and may hold spaces: count fields after the last «)».
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
	} catch {
		return null;
	}
}

export function currentOwner(): Owner {
	return { pid: process.pid, started: new Date().toISOString(), host: hostname(), token: processToken(process.pid) };
}

/** Whether the owner's process still runs. One on another host cannot be checked: it counts as alive. */
export function ownerAlive(owner: Owner): boolean {
	if (owner.host !== hostname()) return true;
	try {
		process.kill(owner.pid, 0);
	} catch (error) {
		// EPERM: it runs, under another user.
		if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
	}
	const token = processToken(owner.pid);
	return owner.token === null || token === null || token === owner.token;
}

function readOwner(file: string): Owner | null {
	try {
		const owner = JSON.parse(readFileSync(file, 'utf8')) as Owner;
		return Number.isInteger(owner.pid) && typeof owner.host === 'string' ? owner : null;
	} catch {
		return null;
	}
}

/** Writes `content` to `file` complete or not at all: a reader never sees half an owner. */
function writeWhole(file: string, content: string, exclusive: boolean): void {
	const temp = `${file}.${process.pid}.tmp`;
	const fd = openSync(temp, 'w');
	try {
		writeSync(fd, content);
	} finally {
		closeSync(fd);
	}
	try {
		// link() fails if `file` exists: the exclusive creation of a file with its whole content.
		if (exclusive) linkSync(temp, file);
		else renameSync(temp, file);
	} finally {
		rmSync(temp, { force: true });
	}
}

// --- Test-only pause points -------------------------------------------------------------------------

/**
 * FOR TESTS ONLY (tests/cli/publish-site.test.ts): when this variable names a step, the process
 * stops there for a minute after printing `PAUSE_LINE <step>`, so the test can kill it at exactly
 * that point and check that --out is whole. Nothing sets it in a real build.
 */
export const PAUSE_VARIABLE = VARIABLES.publishPause;
export const PAUSE_LINE = 'publish-site: paused at';
/** Steps at which the tests kill a publication, in order. */
export const PAUSE_STEPS = ['locked', 'staging', 'staged', 'previous-aside', 'swapped', 'done'] as const;
export type PauseStep = (typeof PAUSE_STEPS)[number];

function pausePoint(step: PauseStep): void {
	if (buildEnv().publishPause !== step) return;
	process.stderr.write(`${PAUSE_LINE} ${step}\n`);
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

// --- The lock -----------------------------------------------------------------------------------------

export interface OutLock {
	paths: OutPaths;
	owner: Owner;
	/** Whether the lock file is still this build's (not taken over as stale by another). */
	held(): boolean;
	release(): void;
}

function describeOwner(owner: Owner): string {
	return `процесс ${owner.pid}${owner.host !== hostname() ? ` на компьютере ${owner.host}` : ''}, начата ${owner.started}`;
}

/**
 * Takes --out for this build, or throws a PublishError naming the build that holds it. A second build
 * refuses at once rather than waiting: a build takes minutes (eight at 200,000 accounts) and nearly
 * the whole memory budget, so waiting would mean a long bound or two builds in memory; and the lock
 * is taken before the check, so the build that started first is the one that publishes.
 * A lock whose process is gone is stale and taken over.
 */
export function lockOut(out: string): OutLock {
	const paths = outPaths(out);
	mkdirSync(paths.parent, { recursive: true });
	if (existsSync(out) && lstatSync(out).dev !== statSync(paths.parent).dev) {
		throw new PublishError(
			`папка ${out} — точка монтирования другой файловой системы: её нельзя заменить целиком. Укажите в --out папку внутри неё, например ${join(out, 'site')}.`,
		);
	}
	const owner = currentOwner();
	const content = JSON.stringify(owner);
	for (let attempt = 0; ; attempt++) {
		try {
			writeWhole(paths.lock, content, true);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const holder = readOwner(paths.lock);
		if (holder && ownerAlive(holder)) {
			throw new PublishError(
				`папку ${out} уже публикует другая сборка (${describeOwner(holder)}). Дождитесь её конца или укажите другую папку --out. Если такой сборки нет, удалите ${paths.lock}.`,
			);
		}
		if (attempt >= 3)
			throw new PublishError(
				`не удалось занять папку ${out}: файл блокировки ${paths.lock} занимают снова и снова. Удалите его, если другой сборки нет.`,
			);
		// Stale (its process is gone) or unreadable: taken over. It is renamed away first, and the file
		// renamed is checked to be the stale one, so a lock another build has just taken is put back
		// rather than deleted. Should a third build slip in before it is put back, the build that lost
		// its lock finds out in held() before its swap and publishes nothing.
		const aside = `${paths.lock}.stale-${process.pid}`;
		try {
			renameSync(paths.lock, aside);
		} catch {
			continue;
		}
		const taken = readOwner(aside);
		if (taken && ownerAlive(taken)) {
			try {
				linkSync(aside, paths.lock);
			} catch {
				// Another lock is there already: that build holds --out; the loop finds it.
			}
		}
		rmSync(aside, { force: true });
	}
	pausePoint('locked');
	let released = false;
	const held = () => {
		const now = readOwner(paths.lock);
		return !released && now !== null && JSON.stringify(now) === content;
	};
	return {
		paths,
		owner,
		held,
		release: () => {
			if (held()) rmSync(paths.lock, { force: true });
			released = true;
		},
	};
}

// --- Recovery -----------------------------------------------------------------------------------------

/**
 * Puts --out back in order after a publication that died, under the lock (so nobody else is in the
 * middle of one). Returns what it did, as lines for the log:
 *  - the last site aside and no --out: the build died between the two renames; the last site goes back;
 *  - the last site aside and --out there: the new site was in place; the copy aside goes;
 *  - staging folders: a dead build's unfinished new site; they go.
 */
export function recoverOut(lock: OutLock): string[] {
	const { out, parent, previous, stagePrefix } = lock.paths;
	const lines: string[] = [];
	if (existsSync(previous)) {
		if (!existsSync(out)) {
			try {
				renameSync(previous, out);
			} catch (error) {
				throw new PublishError(
					`папки ${out} нет, а прежний сайт лежит в ${previous}, и вернуть его не удалось (${errorText(error)}). Переименуйте ${previous} в ${out} вручную.`,
				);
			}
			lines.push(`Прежняя сборка прервалась во время замены сайта: прежний сайт возвращён из ${previous} в ${out}.`);
		} else {
			rmSync(previous, { recursive: true, force: true });
			lines.push(`Прежняя сборка прервалась после замены сайта: сайт в ${out} новый и целый, его старая копия ${previous} удалена.`);
		}
	}
	for (const entry of readdirSync(parent)) {
		if (!entry.startsWith(stagePrefix)) continue;
		rmSync(join(parent, entry), { recursive: true, force: true });
		lines.push(`Удалена незаконченная копия сайта прерванной сборки: ${join(parent, entry)}.`);
	}
	return lines;
}

// --- Publication --------------------------------------------------------------------------------------

/** Files and bytes of a tree: what a complete copy must match. */
export interface TreeSize {
	files: number;
	bytes: number;
}

export function treeSize(dir: string): TreeSize {
	const size = { files: 0, bytes: 0 };
	const walk = (at: string) => {
		for (const dirent of readdirSync(at, { withFileTypes: true })) {
			const path = join(at, dirent.name);
			if (dirent.isDirectory()) walk(path);
			else {
				size.files++;
				size.bytes += lstatSync(path).size;
			}
		}
	};
	walk(dir);
	return size;
}

/** Copies `from` into a new folder `to`; what it copied, counted from the source. */
function copyTree(from: string, to: string): TreeSize {
	const size = { files: 0, bytes: 0 };
	const walk = (source: string, target: string) => {
		mkdirSync(target);
		for (const dirent of readdirSync(source, { withFileTypes: true })) {
			const path = join(source, dirent.name);
			const into = join(target, dirent.name);
			if (dirent.isDirectory()) walk(path, into);
			else {
				if (dirent.isSymbolicLink()) symlinkSync(readlinkSync(path), into);
				else copyFileSync(path, into);
				size.files++;
				size.bytes += lstatSync(path).size;
				if (size.files === 1) pausePoint('staging');
			}
		}
	};
	walk(from, to);
	return size;
}

function errorText(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOSPC') return 'нет места на диске';
	if (code === 'EDQUOT') return 'превышена дисковая квота';
	if (code === 'EACCES' || code === 'EPERM') return 'нет прав на запись';
	if (code === 'EROFS') return 'файловая система только для чтения';
	return error instanceof Error ? error.message : String(error);
}

export interface PublishResult {
	ok: boolean;
	/** Lines for the log, Russian: on failure, where --out stands and where the last site is. */
	lines: string[];
}

/**
 * Replaces --out with `site` (a folder this build made; it is moved or copied away): stages it beside
 * --out, checks the staged copy is complete (as many files and bytes as `site`, index.html there),
 * then swaps by two renames — --out to `.<name>.previous`, the staged copy to --out — and only then
 * deletes the last site. Never throws: a failure comes back with what --out holds.
 */
export function publishSite(site: string, lock: OutLock): PublishResult {
	try {
		return swapIn(site, lock);
	} catch (error) {
		// Not one of the failures foreseen below: say what is where, as found now.
		const { out, previous } = lock.paths;
		const state = existsSync(out)
			? existsSync(previous)
				? `в папке ${out} — новый сайт, прежний — в ${previous}`
				: `папка ${out} на месте`
			: existsSync(previous)
				? `папки ${out} нет, прежний сайт — в ${previous}; следующая сборка в ${out} вернёт его на место`
				: `папки ${out} нет`;
		return { ok: false, lines: [`Сайт не опубликован: ${errorText(error)}. Сейчас ${state}.`] };
	}
}

function swapIn(site: string, lock: OutLock): PublishResult {
	const { out, parent, previous, stagePrefix } = lock.paths;
	const stage = join(parent, `${stagePrefix}${process.pid}`);
	const unchanged = existsSync(out) ? `Папка ${out} не изменена: в ней прежний сайт.` : `Папка ${out} не создана.`;
	const fail = (what: string, error?: unknown): PublishResult => {
		rmSync(stage, { recursive: true, force: true });
		return { ok: false, lines: [`Сайт не опубликован: ${what}${error === undefined ? '' : ` (${errorText(error)})`}. ${unchanged}`] };
	};

	// 1. The staged copy, beside --out.
	if (!existsSync(join(site, 'index.html'))) return fail(`в собранном сайте ${site} нет index.html`);
	rmSync(stage, { recursive: true, force: true });
	try {
		renameSync(site, stage);
		// The same tree under another name: complete by construction.
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') return fail(`не удалось перенести новый сайт в ${stage}`, error);
		try {
			const copied = copyTree(site, stage);
			const staged = treeSize(stage);
			if (staged.files !== copied.files || staged.bytes !== copied.bytes) {
				return fail(
					`копия нового сайта в ${stage} неполна: ${formatCount(staged.files, 'файл|файла|файлов')} из ${copied.files}, ${staged.bytes} байт из ${copied.bytes}`,
				);
			}
		} catch (copyError) {
			return fail(`не удалось скопировать новый сайт в ${stage}`, copyError);
		}
	}
	if (!existsSync(join(stage, 'index.html'))) return fail(`в копии нового сайта ${stage} нет index.html`);
	pausePoint('staged');
	// Another build took the lock over (it judged this one dead): it owns --out now.
	if (!lock.held()) return fail(`папку ${out} заняла другая сборка (файл ${lock.paths.lock})`);

	// 2. The swap. Between the two renames --out is missing for an instant; a build that dies there
	// leaves the last site in `previous`, which recoverOut puts back.
	const hadSite = existsSync(out);
	if (hadSite) {
		try {
			renameSync(out, previous);
		} catch (error) {
			return fail(`не удалось убрать прежний сайт из ${out} в ${previous}`, error);
		}
		pausePoint('previous-aside');
	}
	try {
		renameSync(stage, out);
	} catch (error) {
		if (!hadSite) return fail(`не удалось переименовать ${stage} в ${out}`, error);
		try {
			renameSync(previous, out);
		} catch (backError) {
			rmSync(stage, { recursive: true, force: true });
			return {
				ok: false,
				lines: [
					`Сайт не опубликован: не удалось переименовать ${stage} в ${out} (${errorText(error)}), и прежний сайт не удалось вернуть (${errorText(backError)}).`,
					`Папки ${out} сейчас нет; прежний сайт целиком лежит в ${previous}. Следующая сборка в ${out} вернёт его на место, или переименуйте ${previous} в ${out} вручную.`,
				],
			};
		}
		rmSync(stage, { recursive: true, force: true });
		return {
			ok: false,
			lines: [
				`Сайт не опубликован: не удалось переименовать ${stage} в ${out} (${errorText(error)}). Папка ${out} не изменена: прежний сайт возвращён на место.`,
			],
		};
	}
	pausePoint('swapped');

	// 3. The last site, once the new one is in place.
	const lines: string[] = [];
	if (hadSite) {
		try {
			rmSync(previous, { recursive: true, force: true });
		} catch (error) {
			lines.push(
				`Новый сайт опубликован в ${out}, но копию прежнего удалить не удалось (${errorText(error)}): ${previous}. Следующая сборка удалит её.`,
			);
		}
	}
	pausePoint('done');
	return { ok: true, lines };
}

// --- Work folders -------------------------------------------------------------------------------------

/** The file of a work folder naming its build. */
export const RUN_OWNER_FILE = 'owner.json';
/** A work folder without an owner file older than this is a dead build's (made before owners were recorded). */
export const OWNERLESS_STALE_MS = 24 * 60 * 60 * 1000;

/** A new work folder `root/run-…` that records this process as its owner. */
export function createRunFolder(root: string): string {
	mkdirSync(root, { recursive: true });
	const work = mkdtempSync(join(root, 'run-'));
	writeWhole(join(work, RUN_OWNER_FILE), JSON.stringify(currentOwner()), false);
	return work;
}

/**
 * Removes the work folders `root/run-*` of builds that are gone (killed builds never remove theirs,
 * and each can hold a whole site); returns those removed. A folder without an owner file is left
 * while fresh: its build may be writing the file this instant.
 */
export function removeStaleRuns(root: string, now = Date.now()): string[] {
	if (!existsSync(root)) return [];
	const removed: string[] = [];
	for (const entry of readdirSync(root)) {
		if (!entry.startsWith('run-')) continue;
		const work = join(root, entry);
		const owner = readOwner(join(work, RUN_OWNER_FILE));
		let stale: boolean;
		if (owner) stale = !ownerAlive(owner);
		else {
			try {
				stale = now - statSync(work).mtimeMs > OWNERLESS_STALE_MS;
			} catch {
				continue;
			}
		}
		if (!stale) continue;
		rmSync(work, { recursive: true, force: true });
		removed.push(work);
	}
	return removed;
}
