// The last step of `npm run build` (src/cli/publish-site.ts, docs/publishing.md) on small synthetic
// sites: --out holds the whole last site or the whole new one, never a part and never nothing — on a
// full disk, when the process is killed at any step, and with two builds into one --out.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmdirSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createRunFolder,
	currentOwner,
	lockOut,
	OWNERLESS_STALE_MS,
	PAUSE_LINE,
	PAUSE_STEPS,
	PAUSE_VARIABLE,
	publishSite,
	PublishError,
	recoverOut,
	removeStaleRuns,
	RUN_OWNER_FILE,
	type PauseStep,
} from '../../src/cli/publish-site.ts';
import { ROOT } from './run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'portal-publish-'));
const mounts: string[] = [];
afterAll(() => {
	for (const mount of mounts) {
		spawnSync('umount', [mount]);
		rmdirSync(mount);
	}
	rmSync(work, { recursive: true, force: true });
});

/**
 * A file system of its own of `megabytes`, so --out is on another one than the work folder (as
 * with --out on another disk) and can be filled. tmpfs first; a loop device with ext4 where tmpfs is
 * refused. Both need root, which CI has: without it this throws, saying so, rather than skip.
 */
function smallFileSystem(megabytes: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'portal-publish-fs-'));
	const tmpfs = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { encoding: 'utf8' });
	if (tmpfs.status === 0) {
		mounts.push(dir);
		return dir;
	}
	const image = join(work, `fs-${mounts.length}.img`);
	spawnSync('truncate', ['-s', `${Math.max(megabytes, 8)}M`, image]);
	const mkfs = spawnSync('mkfs.ext4', ['-q', '-F', image], { encoding: 'utf8' });
	const loop = mkfs.status === 0 ? spawnSync('mount', ['-o', 'loop', image, dir], { encoding: 'utf8' }) : mkfs;
	if (loop.status !== 0) {
		rmdirSync(dir);
		throw new Error(
			`these tests need root to mount a small file system: tmpfs refused (${tmpfs.stderr.trim()}), loop ext4 refused (${loop.stderr.trim()})`,
		);
	}
	mounts.push(dir);
	return dir;
}

let sites = 0;
/** A synthetic site: index.html naming it, and `files` more files of `size` bytes in nested folders. */
function makeSite(label: string, files = 12, size = 1000): string {
	const dir = join(work, `site-${label}-${sites++}`);
	mkdirSync(join(dir, 'a', 'b'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), `<h1>${label}</h1>`);
	for (let k = 0; k < files; k++)
		writeFileSync(join(dir, k % 2 ? 'a' : join('a', 'b'), `page-${k}.html`), `${label} ${k} `.repeat(size).slice(0, size));
	return dir;
}

/** Every file of a tree with a digest of its bytes: two equal snapshots are the same site byte for byte. */
function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (at: string) => {
		for (const dirent of readdirSync(at, { withFileTypes: true })) {
			const path = join(at, dirent.name);
			if (dirent.isDirectory()) walk(path);
			else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
		}
	};
	walk(dir);
	return files;
}

/** An --out holding the last site, in a folder of its own under `parent`. */
function lastSiteIn(parent: string, label = 'old'): { out: string; old: Record<string, string> } {
	const folder = mkdtempSync(join(parent, 'pub-'));
	const out = join(folder, 'site');
	cpSync(makeSite(label), out, { recursive: true });
	return { out, old: snapshot(out) };
}

/** The pid of a process that has ended. */
function deadPid(): number {
	const child = spawnSync(process.execPath, ['-e', '']);
	return child.pid!;
}

const CHILD = join(ROOT, 'tests/cli/publish-child.ts');

/** The publication in a child process, stopped at `step`; resolves once it is there, with the child. */
function pausedChild(out: string, site: string, step: PauseStep) {
	const child = spawn(process.execPath, [CHILD, out, site], {
		env: { ...process.env, [PAUSE_VARIABLE]: step },
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	const exited = new Promise<number | null>((settle) => child.on('close', (code) => settle(code)));
	const paused = new Promise<void>((settle, reject) => {
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk: string) => {
			stderr += chunk;
			if (stderr.includes(`${PAUSE_LINE} ${step}\n`)) settle();
		});
		void exited.then((code) => reject(new Error(`the publication ended (${code}) before «${step}»: ${stderr}`)));
	});
	return { child, paused, exited, stderr: () => stderr };
}

function runChild(out: string, site: string) {
	const result = spawnSync(process.execPath, [CHILD, out, site], { encoding: 'utf8', env: { ...process.env, [PAUSE_VARIABLE]: '' } });
	return { code: result.status, stderr: result.stderr };
}

describe('publication onto a full file system', () => {
	let fs: string;
	beforeAll(() => {
		fs = smallFileSystem(1);
	});

	it('fails, leaves the last site byte for byte, says so and leaves nothing beside --out', () => {
		const { out, old } = lastSiteIn(fs);
		const site = makeSite('new', 30, 100_000); // 3 MB onto 1 MB
		const lock = lockOut(out);
		try {
			expect(recoverOut(lock)).toEqual([]);
			const result = publishSite(site, lock);
			expect(result.ok).toBe(false);
			expect(result.lines).toEqual([
				expect.stringMatching(
					new RegExp(
						`^Сайт не опубликован: не удалось скопировать новый сайт в \\S+/\\.site\\.new-${process.pid} \\(нет места на диске\\)\\. Папка ${out} не изменена: в ней прежний сайт\\.$`,
					),
				),
			]);
		} finally {
			lock.release();
		}
		expect(snapshot(out)).toEqual(old);
		expect(readdirSync(join(out, '..'))).toEqual(['site']);
	});

	it('publishes a site that fits, copied across file systems, and deletes the last one', () => {
		const { out } = lastSiteIn(fs);
		const site = makeSite('new', 20, 10_000);
		const expected = snapshot(site);
		expect(runChild(out, site)).toEqual({ code: 0, stderr: '' });
		expect(snapshot(out)).toEqual(expected);
		expect(readdirSync(join(out, '..'))).toEqual(['site']);
	});
});

describe('publication killed at each step', () => {
	let fs: string;
	beforeAll(() => {
		fs = smallFileSystem(16);
	});

	// Until the new site is in place, the last one is what --out holds (put back by the recovery);
	// from then on, the new one.
	const expectNew = new Set<PauseStep>(['swapped', 'done']);
	const cases = (['same', 'another'] as const).flatMap((where) =>
		PAUSE_STEPS.filter((step) => where === 'another' || step !== 'staging').map((step) => [where, step] as const),
	);

	it.each(cases)(
		'on %s file system, killed at «%s»: the next build finds the whole last or the whole new site',
		async (where, step) => {
			const { out, old } = lastSiteIn(where === 'same' ? work : fs);
			const site = makeSite('new', 40, 5000);
			const fresh = snapshot(site);
			const run = pausedChild(out, site, step);
			await run.paused;
			run.child.kill('SIGKILL');
			await run.exited;

			// The next build into that --out: the lock of the killed one is stale, taken over; the recovery
			// puts --out in order before anything else.
			const lock = lockOut(out);
			const recovered = recoverOut(lock);
			lock.release();
			expect(snapshot(out)).toEqual(expectNew.has(step) ? fresh : old);
			expect(readdirSync(join(out, '..'))).toEqual(['site']);
			const unfinished = expect.stringMatching(/^Удалена незаконченная копия сайта прерванной сборки: \S+\.site\.new-\d+\.$/);
			if (step === 'previous-aside')
				expect(recovered).toEqual([
					expect.stringMatching(/^Прежняя сборка прервалась во время замены сайта: прежний сайт возвращён из \S+\.site\.previous в /),
					unfinished,
				]);
			if (step === 'swapped')
				expect(recovered).toEqual([expect.stringMatching(/^Прежняя сборка прервалась после замены сайта: сайт в \S+ новый и целый/)]);
			if (step === 'staging' || step === 'staged') expect(recovered).toEqual([unfinished]);
			if (step === 'locked' || step === 'done') expect(recovered).toEqual([]);

			// And run again, the publication completes.
			const again = makeSite('again', 5, 100);
			const expected = snapshot(again);
			expect(runChild(out, again).code).toBe(0);
			expect(snapshot(out)).toEqual(expected);
			expect(readdirSync(join(out, '..'))).toEqual(['site']);
		},
		60_000,
	);
});

describe('the lock on --out', () => {
	it('refuses a second publication at once, naming the first one and the folder, until the first is gone', async () => {
		const { out, old } = lastSiteIn(work);
		const first = pausedChild(out, makeSite('first'), 'locked');
		await first.paused;
		try {
			expect(() => lockOut(out)).toThrow(PublishError);
			expect(() => lockOut(out)).toThrow(
				new RegExp(`^папку ${out} уже публикует другая сборка \\(процесс ${first.child.pid}, начата \\d{4}-\\d\\d-\\d\\dT`),
			);
			const second = runChild(out, makeSite('second'));
			expect(second.code).toBe(3);
			expect(second.stderr).toContain(`процесс ${first.child.pid}`);
			expect(snapshot(out)).toEqual(old);
		} finally {
			first.child.kill('SIGKILL');
			await first.exited;
		}
		// Its process is gone: the lock is stale and taken over.
		const lock = lockOut(out);
		expect(lock.held()).toBe(true);
		lock.release();
		expect(readdirSync(join(out, '..'))).toEqual(['site']);
	}, 60_000);

	it.each([
		['no lock', false],
		['a stale lock that all of them find', true],
	])(
		'lets exactly one of four publications started at once hold --out (%s); the others refuse',
		async (_, stale) => {
			const { out, old } = lastSiteIn(work);
			if (stale) writeFileSync(join(out, '..', '.site.lock'), JSON.stringify({ ...currentOwner(), pid: deadPid() }));
			const runs = Array.from({ length: 4 }, (_, k) => pausedChild(out, makeSite(`rival-${k}`), 'locked'));
			// Each either stops holding the lock or ends refused (exit 3).
			const outcomes = await Promise.all(runs.map((run) => Promise.race([run.paused.then(() => 'holds' as const), run.exited])));
			try {
				expect(outcomes.filter((outcome) => outcome === 'holds')).toHaveLength(1);
				expect(outcomes.filter((outcome) => outcome === 3)).toHaveLength(3);
				const holder = runs[outcomes.indexOf('holds')]!;
				for (const run of runs)
					if (run !== holder) expect(run.stderr()).toContain(`уже публикует другая сборка (процесс ${holder.child.pid},`);
				expect(snapshot(out)).toEqual(old);
			} finally {
				for (const run of runs) run.child.kill('SIGKILL');
				await Promise.all(runs.map((run) => run.exited));
			}
		},
		60_000,
	);

	it('takes over a lock whose pid now belongs to another process (another start time)', () => {
		const { out } = lastSiteIn(work);
		writeFileSync(join(out, '..', '.site.lock'), JSON.stringify({ ...currentOwner(), token: 'another-start' }));
		const lock = lockOut(out);
		expect(lock.held()).toBe(true);
		lock.release();
		expect(existsSync(join(out, '..', '.site.lock'))).toBe(false);
	});

	it('never takes over the lock of a build on another host, which it cannot check', () => {
		const { out } = lastSiteIn(work);
		writeFileSync(join(out, '..', '.site.lock'), JSON.stringify({ ...currentOwner(), pid: deadPid(), host: `not-${hostname()}` }));
		expect(() => lockOut(out)).toThrow(/уже публикует другая сборка \(процесс \d+ на компьютере not-/);
	});

	it('does not swap when another build has taken the lock over meanwhile, and leaves --out as it was', () => {
		const { out, old } = lastSiteIn(work);
		const lock = lockOut(out);
		writeFileSync(join(out, '..', '.site.lock'), JSON.stringify({ ...currentOwner(), pid: deadPid() }));
		const result = publishSite(makeSite('late'), lock);
		expect(result).toEqual({
			ok: false,
			lines: [
				`Сайт не опубликован: папку ${out} заняла другая сборка (файл ${join(out, '..', '.site.lock')}). Папка ${out} не изменена: в ней прежний сайт.`,
			],
		});
		expect(snapshot(out)).toEqual(old);
		lock.release();
		// Not this build's lock: left to its owner.
		expect(existsSync(join(out, '..', '.site.lock'))).toBe(true);
	});

	it('refuses an --out that is a mount point, which no rename can replace', () => {
		const mount = smallFileSystem(1);
		expect(() => lockOut(mount)).toThrow(new RegExp(`^папка ${mount} — точка монтирования другой файловой системы`));
	});
});

describe('work folders of dead builds', () => {
	it('are removed; those of live builds and fresh ones without an owner stay', () => {
		const root = mkdtempSync(join(work, 'build-'));
		const dead = mkdtempSync(join(root, 'run-'));
		writeFileSync(join(dead, RUN_OWNER_FILE), JSON.stringify({ ...currentOwner(), pid: deadPid() }));
		const alive = createRunFolder(root);
		const ownerlessOld = mkdtempSync(join(root, 'run-'));
		const longAgo = (Date.now() - OWNERLESS_STALE_MS - 60_000) / 1000;
		utimesSync(ownerlessOld, longAgo, longAgo);
		const ownerlessFresh = mkdtempSync(join(root, 'run-'));
		mkdirSync(join(root, 'other'));
		expect(removeStaleRuns(root).sort()).toEqual([dead, ownerlessOld].sort());
		expect(readdirSync(root).sort()).toEqual([alive, ownerlessFresh, join(root, 'other')].map((path) => relative(root, path)).sort());
		expect(JSON.parse(readFileSync(join(alive, RUN_OWNER_FILE), 'utf8')).pid).toBe(process.pid);
	});
});
