/**
 * `npm run build [-- --data ПАПКА] [--internal ПАПКА] [--check-format Ф] [--out ПАПКА] [--shards N] [--history ПАПКА] [--repository URL]`
 * — the main job: check the data, build the site, index it for search, within the build budget
 * (docs/benchmarks.md), and so that bad input changes nothing:
 *  1. The check (src/cli/check.ts). Errors in the data stop here, before anything is written. As it
 *     reads the quarterly tables it writes their digests (src/engine/period-digest.ts), which the
 *     site is built from instead of reading the tables again.
 *  2. Astro renders the site into a work folder (.build/run-…/shard-k/). On a large tree, several
 *     Astro processes render a share each (src/lib/shard.ts): Astro renders on one core, and at
 *     200,000 accounts the site has 360,000 pages. The folders whose pages are all split between
 *     them (SHARED_FOLDERS) they write into the first share's folder. The link-check shards, which
 *     the check wrote (src/handoff/lookup-shards.ts), join them. The open-data files are not Astro's
 *     here: from when the first Astro process is done, a process of their own writes them from the
 *     hand-off (src/cli/write-opendata.ts).
 *  3. Pagefind reads the shares' pages (src/cli/search-index.ts); while it writes its index, the
 *     shares are merged into one folder, and the open-data files join it.
 *  4. The folder replaces --out (dist) whole (src/cli/publish-site.ts, docs/publishing.md): staged
 *     beside --out, checked complete, swapped in by two renames. Until then the last site stays as it
 *     was, and a failed build leaves it untouched. A lock beside --out, taken before the check, keeps
 *     a second build into the same folder out.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { availableParallelism, constants, setPriority } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { walkFolder } from '../loaders/tree.ts';
import { FORMATS } from '../engine/reporters/index.ts';
import { formatCount, formatNumber, formatSeconds } from '../lib/ru-format.ts';
import jsYaml from 'js-yaml';
import { DEMO_REPOSITORY, writeDemoHistory } from '../dev/demo/history.ts';
import { parseCommandLine, runMain, UsageError } from './usage-error.ts';
import { READ_LINE } from './search-index.ts';
import type { BuildStep } from '../integrations/build-steps.ts';
import { LOOKUP_FOLDER } from '../handoff/lookup-shards.ts';
import { SHARED_FOLDERS } from '../lib/shard.ts';
import { buildEnv, envOf, setBuildEnv, VARIABLES } from '../lib/build-env.ts';
import { load } from 'js-yaml';
import { checkSigningKey, signSite, SigningError } from './sign-site.ts';
import { createRunFolder, lockOut, publishSite, PublishError, recoverOut, removeStaleRuns, type OutLock } from './publish-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/**
 * Work folders, one per run (runs may overlap, as tests do): shares and the merged site before it
 * replaces --out. Each records its build's pid; those of dead builds are removed when a build
 * starts (src/cli/publish-site.ts). Inside the project on purpose: Astro puts its
 * page bundle inside an output folder under the working directory, but in one shared .astro/
 * folder for any other, where two processes would overwrite each other's.
 */
export const WORK_ROOT = join(ROOT, '.build');

/** Path of the administration's private key file, when not given as --sign-key (CI: docs/signing.md). */
export const SIGNING_KEY_ENV = VARIABLES.signingKey;

/**
 * From this many accounts a build renders in several processes, one per core up to MAX_SHARDS.
 * Below it one process is fast enough (20,000 accounts: about a minute), and each process holds a
 * whole copy of the public data: two at 20,000 would break the 2 GiB budget for no need.
 */
export const SHARDS_FROM_ACCOUNTS = 100_000;
/** Each share holds the whole public data (about 3 GB at 200,000 accounts): 2 keep the build under 8 GiB. */
export const MAX_SHARDS = 2;

const USAGE = `Использование: npm run build -- [--data ПАПКА] [--internal ПАПКА] [--check-format ФОРМАТ] [--out ПАПКА] [--shards N]
                         [--history ПАПКА] [--repository URL]

Проверяет данные, собирает сайт и строит поисковый индекс. Если в данных есть ошибки,
сайт не собирается, а папка прежней сборки остаётся как была.

  --data ПАПКА   папка с данными (по умолчанию data)
  --internal ПАПКА  папка внутренних сведений для проверки (по умолчанию <папка с данными>/internal);
                 на сайт они не попадают
  --check-format ФОРМАТ  как показать итог проверки (см. npm run check -- --help); по умолчанию
                 stylish, единственный формат с подробностями о внутренних сведениях; для
                 журнала, который видят посторонние, — markdown
  --out ПАПКА    папка готового сайта (по умолчанию dist)
  --shards N     сколько процессов Astro собирают сайт одновременно; по умолчанию 1, а от
                 ${formatNumber(SHARDS_FROM_ACCOUNTS)} аккаунтов — по числу ядер, не больше ${MAX_SHARDS}
  --history ПАПКА  папка данных в репозитории Git, из журнала которого берётся история записей
                 (по умолчанию — репозиторий папки с данными; для демонстрационных данных
                 из папки data/ проекта — их собственная история, npm run demo-history)
  --repository URL  веб-адрес репозитория данных (https://…): номера запросов на слияние
                 в истории записей становятся ссылками; по умолчанию CI_PROJECT_URL (GitLab)
                 или GITHUB_SERVER_URL/GITHUB_REPOSITORY (GitHub), если заданы
  --sign-key ФАЙЛ  закрытый ключ Ed25519 администрации (по умолчанию — путь из ${SIGNING_KEY_ENV}):
                 манифест открытых данных подписывается им; открытый ключ — signingKey в site.yaml.
                 Без ключа сайт собирается без подписи и говорит об этом (docs/signing.md)

Код выхода: 0 — сайт собран, 1 — ошибки в данных, 2 — неверный вызов или сбой сборки.
`;

/**
 * V8 flags of each Astro process. Astro turns every page into bytes outside V8's heap, and by
 * default each 64 MB of those starts a full collection, which marks the whole national dataset
 * (1.1 GB live at 200,000 accounts): one every ~2,000 pages, and with two rendering processes no
 * core is spare for the concurrent marking. Counting those bytes in V8's global limit instead lets
 * garbage build up to the live heap's size before a collection (--heap-growing-percent=100;
 * without it the limit grows up to 4× and two processes peaked at 11.3 GB). Measured on 18,000
 * pages of the 200,000-account site: full collections 26 → 12 at 50 %, render time 52 → 30 s.
 * 100 % broke the 8 GiB budget (8.1 GB) while the Astro processes also built the open-data files,
 * each up to 0.9 GB more for a few seconds; since another process writes those
 * (src/cli/write-opendata.ts), the whole 200,000 build peaks at 7.3–7.4 GB with 100 %, and its
 * Astro step went from 333.5 s (50 %, with the files) to 298–308 s (build budget, docs/benchmarks.md).
 */
export const ASTRO_NODE_FLAGS = ['--external-memory-accounted-in-global-limit', '--heap-growing-percent=100'];

/**
 * V8 flags of the build's check, for the same reason as the Astro processes'. At 200,000 accounts
 * its two threads made 38 full collections (11.5 s of pauses, plus concurrent marking). More room
 * alone changed nothing (--heap-growing-percent=200: 40), so memory outside the heap (the buffers
 * of 20.8 million table rows read) started them. Counting it in the global limit, with 100 % room:
 * 19 full collections (2.0 s), check 122.4 / 119.1 s → 108.2 / 108.0 s, peak 3.6 → 4.4 GB, still
 * well under the Astro step's; with 50 % room, 117.5 s. Not for `npm run check`, whose own budget
 * is 1.5 GB.
 */
export const CHECK_NODE_FLAGS = ['--external-memory-accounted-in-global-limit', '--heap-growing-percent=100'];

/** Nice 19: the lowest priority a process can ask for without privileges. */
const LOWEST_PRIORITY = constants.priority.PRIORITY_LOW;

const say = (line: string) => process.stderr.write(`${line}\n`);

/**
 * One child process; resolves with its exit code. `onLine` sees its output line by line. A process
 * of `lowPriority` runs at the lowest scheduling priority: it takes a core only when the others leave
 * it idle.
 */
function run(
	args: string[],
	env: NodeJS.ProcessEnv,
	onLine?: (line: string) => void,
	lowPriority = false,
	onStep?: (step: BuildStep) => void,
): { done: Promise<number>; kill(): void } {
	const output = onLine ? (['ignore', 'pipe', 'pipe'] as const) : (['inherit', 'inherit', 'inherit'] as const);
	const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: onStep ? [...output, 'ipc'] : [...output] });
	if (onStep) child.on('message', (message: { portalBuildStep?: BuildStep }) => message.portalBuildStep && onStep(message.portalBuildStep));
	if (lowPriority && child.pid !== undefined) {
		try {
			setPriority(child.pid, LOWEST_PRIORITY);
		} catch {
			// Not allowed here (some containers): it runs at normal priority, only less kindly to the others.
		}
	}
	if (onLine) {
		for (const stream of [child.stdout!, child.stderr!]) {
			let rest = '';
			stream.setEncoding('utf8');
			stream.on('data', (chunk: string) => {
				const lines = (rest + chunk).split('\n');
				rest = lines.pop()!;
				for (const line of lines) onLine(line);
			});
			stream.on('end', () => rest && onLine(rest));
		}
	}
	const done = new Promise<number>((settle) => {
		child.on('error', () => settle(2));
		child.on('close', (code) => settle(code ?? 2));
	});
	return { done, kill: () => child.kill('SIGTERM') };
}

/**
 * Astro lists every file it writes («12:00:01   ├─ /akkaunt/…/index.html (+2ms)»), several on one
 * line when it writes them concurrently: counted for progress instead of printed.
 */
// eslint-disable-next-line regexp/no-super-linear-move -- Astro's own log lines, not data: bounded.
const WRITTEN = /(?:\d\d:\d\d:\d\d)?\s*[├└]─ \/\S*/g;
const TIMING = /\(\+[\d.]+m?s\)/g;

/**
 * Renders the site in `count` Astro processes into `work`/shard-k/; the folders, or null on failure.
 * The folders whose pages are all split between the processes (SHARED_FOLDERS) are written into the
 * first share's folder by every process, through a symbolic link removed once they are done.
 * `onFirstDone` runs when the first process has finished, while the others may still render.
 */
async function renderShares(
	work: string,
	count: number,
	dataDir: string,
	handoff: string,
	onFirstDone: () => void,
	historyEnv: Record<string, string>,
): Promise<string[] | null> {
	const dirs = Array.from({ length: count }, (_, k) => join(work, `shard-${k}`));
	const links = dirs.slice(1).flatMap((dir) => SHARED_FOLDERS.map((name) => join(dir, name)));
	for (const dir of dirs) mkdirSync(dir, { recursive: true });
	if (count > 1) for (const name of SHARED_FOLDERS) mkdirSync(join(dirs[0]!, name));
	for (const link of links) symlinkSync(join(dirs[0]!, basename(link)), link, 'dir');
	const pages = dirs.map(() => 0);
	const label = (k: number) => (count > 1 ? `[Astro ${k + 1}/${count}] ` : '[Astro] ');
	const ticker = setInterval(
		() => say(`… ${dirs.map((_, k) => `${label(k)}${formatCount(pages[k]!, 'файл|файла|файлов')}`).join(', ')}`),
		15_000,
	);
	const running: { done: Promise<number>; kill(): void }[] = [];
	let first = false;
	try {
		for (let k = 0; k < count; k++) {
			let bundled!: () => void;
			const ready = new Promise<void>((settle) => (bundled = settle));
			// Each share keeps its own content cache (astro.config.mjs): shares write it at the same time.
			// The open-data files are not Astro's to write here: writeOpenData does, later (src/lib/shard.ts).
			const env = {
				...process.env,
				...historyEnv,
				...envOf({ data: dataDir, handoff, shard: `${k}/${count}`, opendataElsewhere: true }),
				ASTRO_TELEMETRY_DISABLED: '1',
			};
			const child = run(
				[...ASTRO_NODE_FLAGS, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dirs[k]!],
				env,
				(line) => {
					pages[k]! += line.match(WRITTEN)?.length ?? 0;
					if (line.replace(WRITTEN, '').replace(TIMING, '').trim()) say(`${label(k)}${line}`);
				},
				false,
				(step) => step === 'bundled' && bundled(),
			);
			// A share that fails stops the others: the build has failed, and the rest would run for nothing.
			const done = child.done.then((code) => {
				if (code !== 0) for (const other of running) other.kill();
				else if (!first) {
					first = true;
					onFirstDone();
				}
				return code;
			});
			running.push({ done, kill: child.kill });
			// The next share starts once this one has bundled: both write the same .astro/ type files
			// while they set up, and a bundler must not read one half-written. A share that ended
			// first has either failed (no more are started) or finished (nothing left to collide with).
			if (k < count - 1 && (await Promise.race([ready.then(() => 0), running[k]!.done])) !== 0) break;
		}
		const codes = await Promise.all(running.map((child) => child.done));
		if (codes.length < count || codes.some((code) => code !== 0)) return null;
		say(
			`Astro: записано ${formatCount(
				pages.reduce((a, b) => a + b, 0),
				'файл|файла|файлов',
			)}`,
		);
		return dirs;
	} finally {
		clearInterval(ticker);
		for (const link of links) rmSync(link, { force: true });
	}
}

/**
 * Moves every file of `from` into `into`. Both shares write the pages without parameters (home,
 * open-data files, assets); those must be the same bytes, or the build is not deterministic.
 */
export function mergeInto(from: string, into: string): number {
	let moved = 0;
	for (const dirent of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, dirent.name);
		const target = join(into, dirent.name);
		if (dirent.isDirectory()) {
			if (!existsSync(target)) {
				renameSync(source, target);
				moved++;
			} else moved += mergeInto(source, target);
		} else if (!existsSync(target)) {
			renameSync(source, target);
			moved++;
		} else if (!readFileSync(source).equals(readFileSync(target))) {
			throw new Error(`части сборки по-разному записали ${target}`);
		}
	}
	return moved;
}

/** Renames a folder; across file systems (--out on another disk), copies it. */
function moveDir(from: string, to: string): void {
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}

/**
 * The link-check shards the check wrote (src/handoff/lookup-shards.ts) go where the page fetches them,
 * /proverka/data/: a rename, as the hand-off lies in the same work folder.
 */
function placeLookupShards(handoff: string, site: string): void {
	const from = join(handoff, LOOKUP_FOLDER);
	if (!existsSync(from)) return;
	const into = join(site, 'proverka', 'data');
	if (existsSync(into)) mergeInto(from, into);
	else {
		mkdirSync(join(site, 'proverka'), { recursive: true });
		moveDir(from, into);
	}
}

/**
 * Accounts of the tree, from orgs/<org>/accounts/ alone with the walker's rules: walking the whole
 * tree (its quarterly tables too) took 4 s at 200,000 accounts, before the check walks it again.
 */
function countAccounts(dataDir: string): number {
	const orgs = join(dataDir, 'orgs');
	if (!existsSync(orgs)) return 0;
	let accounts = 0;
	for (const org of readdirSync(orgs, { withFileTypes: true })) {
		if (!org.isDirectory() || org.name.startsWith('.') || !existsSync(join(orgs, org.name, 'accounts'))) continue;
		accounts += walkFolder(dataDir, ['orgs', org.name, 'accounts']).filter((entry) => entry.kind === 'account').length;
	}
	return accounts;
}

/** The demo data this repository ships: the project's own data/ folder. */
const BUNDLED_DEMO = join(ROOT, 'data');

/**
 * Whether the data is the bundled demo (the repository's data/, marked `demo: true` in site.yaml),
 * whose record history is its own story rather than the portal's development log. Another folder
 * marked demo (a copy, a generated tree) keeps its repository's history, as a real site's data
 * does: the story is written for the bundled files and means nothing for others.
 */
export function isBundledDemo(dataDir: string): boolean {
	if (resolve(dataDir) !== BUNDLED_DEMO) return false;
	try {
		const site = jsYaml.load(readFileSync(join(dataDir, 'site.yaml'), 'utf8'), { schema: jsYaml.CORE_SCHEMA }) as { demo?: unknown } | null;
		return site?.demo === true;
	} catch {
		return false;
	}
}

/** The repository's web address as GitLab CI or GitHub Actions give it, for merge request links. */
function ciRepository(): string | undefined {
	const gitlab = process.env.CI_PROJECT_URL;
	if (gitlab?.startsWith('https://')) return gitlab;
	const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = process.env;
	return server?.startsWith('https://') && repository ? `${server}/${repository}` : undefined;
}

/** How many processes render the site: --shards, or by the number of accounts and cores. */
function shareCount(requested: string | undefined, dataDir: string): number {
	if (requested !== undefined) {
		const n = Number(requested);
		if (!Number.isInteger(n) || n < 1 || n > 16)
			throw new UsageError(`--shards: ожидалось целое число от 1 до 16, указано «${requested}».`);
		return n;
	}
	return countAccounts(dataDir) < SHARDS_FROM_ACCOUNTS ? 1 : Math.max(1, Math.min(MAX_SHARDS, availableParallelism()));
}

async function main(): Promise<number> {
	const env = buildEnv();
	const args = parseCommandLine({
		options: {
			data: { type: 'string', default: env.data },
			internal: { type: 'string' },
			'check-format': { type: 'string' },
			'sign-key': { type: 'string' },
			out: { type: 'string', default: 'dist' },
			shards: { type: 'string' },
			history: { type: 'string', default: env.history },
			repository: { type: 'string', default: env.repository },
			help: { type: 'boolean', short: 'h', default: false },
		},
	}).values;
	if (args.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (!existsSync(args.data) || !statSync(args.data).isDirectory()) throw new UsageError(`Папка с данными «${args.data}» не найдена.`);
	if (args.internal !== undefined && (!existsSync(args.internal) || !statSync(args.internal).isDirectory()))
		throw new UsageError(`Папка внутренних сведений «${args.internal}» не найдена.`);
	if (args.history !== undefined && (!existsSync(args.history) || !statSync(args.history).isDirectory()))
		throw new UsageError(`Папка истории «${args.history}» не найдена.`);
	if (args.repository !== undefined && !/^https:\/\/[^\s/]+/.test(args.repository))
		throw new UsageError(`--repository: ожидался адрес https://…, указано «${args.repository}».`);
	const checkFormat = args['check-format'];
	if (checkFormat !== undefined && !(checkFormat in FORMATS))
		throw new UsageError(`--check-format: неизвестный формат «${checkFormat}»: ожидался один из ${Object.keys(FORMATS).join(', ')}.`);
	const data = resolve(args.data);
	const out = resolve(args.out);
	const shares = shareCount(args.shards, data);
	// The private key's file, never its contents: ssh-keygen alone reads it (src/cli/sign-site.ts).
	const signKey = args['sign-key'] ?? env.signingKey;
	if (signKey !== undefined) {
		const siteYaml = join(data, 'site.yaml');
		try {
			const site = existsSync(siteYaml) ? (load(readFileSync(siteYaml, 'utf8')) as { signingKey?: string } | undefined) : undefined;
			checkSigningKey(resolve(signKey), site?.signingKey, siteYaml);
		} catch (error) {
			if (!(error instanceof SigningError)) throw error;
			say(`Сайт не собран: ${error.message}. Папка ${args.out} не изменена.`);
			return 2;
		}
	}
	// The pages say whether this build is signed; a «signed» flag left in the environment must not say so for it.
	setBuildEnv({ signed: signKey !== undefined });

	// --out is this build's from before the check, so a build that started later cannot publish
	// first and then be overwritten by this older one; a build that died mid-swap is undone first.
	let lock: OutLock;
	let unchanged = `Папка ${args.out} не изменена.`;
	try {
		lock = lockOut(out);
	} catch (error) {
		if (!(error instanceof PublishError)) throw error;
		say(`Сайт не собран: ${error.message}`);
		return 2;
	}
	try {
		try {
			const recovered = recoverOut(lock);
			for (const line of recovered) say(line);
			if (recovered.length > 0) unchanged = `Папка ${args.out} после восстановления (см. выше) больше не менялась.`;
		} catch (error) {
			if (!(error instanceof PublishError)) throw error;
			say(`Сайт не собран: ${error.message}`);
			return 2;
		}
		for (const stale of removeStaleRuns(WORK_ROOT)) say(`Удалена рабочая папка прерванной сборки: ${stale}.`);
		return await buildInto(lock, args, data, shares, unchanged, checkFormat, signKey === undefined ? undefined : resolve(signKey));
	} finally {
		lock.release();
	}
}

async function buildInto(
	lock: OutLock,
	args: { data: string; out: string; internal?: string | undefined; history?: string | undefined; repository?: string | undefined },
	data: string,
	shares: number,
	unchanged: string,
	checkFormat: string | undefined,
	signKey: string | undefined,
): Promise<number> {
	const started = Date.now();
	const steps: string[] = [];
	let stepStart = started;
	const step = (name: string) => {
		steps.push(`${name} ${formatSeconds(Date.now() - stepStart)}`);
		stepStart = Date.now();
	};
	// Work folder of this run, removed however the build ends: period digests, shares, the new site.
	const work = createRunFolder(WORK_ROOT);
	try {
		// 1. The check, on both threads: here the budget is the build's memory, not the check's alone.
		// It writes the period digests the site is built from (src/engine/period-digest.ts), so no
		// Astro process reads the quarterly tables again.
		const handoff = join(work, 'handoff');
		say(`Проверка данных в ${args.data} …`);
		// Only the check reads internal data; it never goes into the hand-off or the site.
		const checkArgs = [
			'--data',
			data,
			...(args.internal !== undefined ? ['--internal', resolve(args.internal)] : []),
			...(checkFormat !== undefined ? ['--format', checkFormat] : []),
			'--handoff',
			handoff,
			...(availableParallelism() > 1 ? ['--threads', '2'] : []),
		];
		const checked = await run([...CHECK_NODE_FLAGS, join(ROOT, 'src/cli/check.ts'), ...checkArgs], process.env).done;
		if (checked !== 0) {
			say(
				checked === 1
					? `Сайт не собран: в данных есть ошибки (см. выше). ${unchanged}`
					: `Сайт не собран: проверка не завершилась. ${unchanged}`,
			);
			return checked === 1 ? 1 : 2;
		}
		step('проверка');

		// The record history: the bundled demo's own, written here unless one is given (the portal's
		// development log is no registry's history), else the data folder's repository.
		const demo = args.history === undefined && isBundledDemo(data);
		const historyEnv = envOf({
			history: args.history !== undefined ? resolve(args.history) : demo ? writeDemoHistory(data, join(work, 'history')) : data,
			repository: args.repository ?? (demo ? DEMO_REPOSITORY : ciRepository()),
		});
		if (demo) step('история демонстрационных данных');

		// 2. The site, into the work folder. The open-data files are not Astro's to write here
		// (src/lib/shard.ts, rendersOpenData): their own process writes them into a folder of its own
		// (src/cli/write-opendata.ts), from when the first Astro process is done, at the lowest
		// priority: it takes the time the others leave idle (the other Astro process finishing, then
		// Pagefind writing its index on one core) rather than slowing them.
		say(`Сборка сайта${shares > 1 ? ` в ${shares} процессах` : ''} …`);
		const opendataSite = join(work, 'opendata');
		let opendata: { done: Promise<number>; kill(): void } | undefined;
		const writeOpenData = () => {
			mkdirSync(opendataSite);
			opendata = run(
				[join(ROOT, 'src/cli/write-opendata.ts'), '--data', data, '--handoff', handoff, '--site', opendataSite],
				process.env,
				say,
				true,
			);
		};
		const dirs = await renderShares(work, shares, data, handoff, writeOpenData, historyEnv);
		if (!dirs) {
			opendata?.kill();
			say(`Сайт не собран: Astro завершился с ошибкой (см. выше). ${unchanged}`);
			return 2;
		}
		step(shares > 1 ? `Astro (${formatCount(shares, 'процесс|процесса|процессов')})` : 'Astro');

		// 3. The search index reads the pages where each share wrote them; once it has, the shares are
		// merged into the first while it writes the index there (the index alone took 30–40 s on one
		// core at 200,000 accounts: the build budget), and the open-data files join them.
		const site = dirs[0]!;
		let pagesRead!: () => void;
		const read = new Promise<undefined>((settle) => (pagesRead = () => settle(undefined)));
		const indexing = run(
			[join(ROOT, 'src/cli/search-index.ts'), '--site', site, ...dirs.flatMap((dir) => ['--pages', dir])],
			process.env,
			(line) => {
				say(line);
				if (line.startsWith(READ_LINE)) pagesRead();
			},
		);
		const stop = () => {
			indexing.kill();
			opendata?.kill();
		};
		// Merged once the pages are read, or once the index is written if that line never came; not
		// when the index failed (the build stops below).
		const ended = await Promise.race([read, indexing.done]);
		if (ended === undefined || ended === 0) {
			step('поиск: чтение страниц');
			try {
				for (const dir of dirs.slice(1)) {
					mergeInto(dir, site);
					rmSync(dir, { recursive: true, force: true });
				}
			} catch (error) {
				stop();
				throw error;
			}
			if (shares > 1) step('слияние');
		}
		const indexed = await indexing.done;
		if (indexed !== 0) {
			stop();
			say(`Сайт не собран: поисковый индекс не построен (см. выше). ${unchanged}`);
			return 2;
		}
		step('поиск: запись индекса');
		if ((await opendata!.done) !== 0) {
			say(`Сайт не собран: файлы открытых данных не записаны (см. выше). ${unchanged}`);
			return 2;
		}
		mergeInto(opendataSite, site);
		// Only now: the open-data process checks the hand-off against its manifest, which names
		// the shards' folder, until it is done.
		placeLookupShards(handoff, site);
		step('открытые данные');

		// The manifest of every data file, signed with the administration's key when one is given
		// (docs/signing.md): last, once no file of the data folders changes any more.
		try {
			signSite(site, signKey);
		} catch (error) {
			if (!(error instanceof SigningError)) throw error;
			say(`Сайт не собран: ${error.message}. ${unchanged}`);
			return 2;
		}
		step(signKey !== undefined ? 'подпись' : 'манифест');

		// 4. The new site replaces the old one whole, or the old one stays (src/cli/publish-site.ts).
		const published = publishSite(site, lock);
		for (const line of published.lines) say(line);
		if (!published.ok) return 2;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	step('замена');
	say(`Сайт собран в ${args.out} за ${formatSeconds(Date.now() - started)}: ${steps.join(', ')}.`);
	return 0;
}

if (import.meta.main) await runMain(main, USAGE);
