/**
 * The check on two threads (the machines this runs on have two cores: the budget asks for 20,000
 * accounts with a year of statistics in under 5 s). Organisations are split in two; each thread
 * parses its half of the YAML, the halves are exchanged so both hold the whole dataset, then each
 * takes the quarterly tables one organisation's quarter at a time from a shared counter, so both
 * stay busy to the end. Dataset-wide rules run once, on the main thread.
 * The result is the serial check's, finding for finding (tests/unit/engine/parallel.test.ts).
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { walkData, type TreeEntry } from '../loaders/tree.ts';
import { prefetchTree } from '../loaders/prefetch.ts';
import { RULES } from '../rules/index.ts';
import { entityPart, mergeEntities, type EntityPart } from './merge-entities.ts';
import { finalise, runCheck, type RunOptions, type RunResult } from './run.ts';
import { groupPeriods } from '../loaders/periods.ts';
import { CheckSession, checkPeriods, claimFrom, inGroupOrder, type PeriodPending, type Pending } from './session.ts';

/** Below this many files a second thread costs more to start than it saves. */
const MIN_FILES = 3_000;
/**
 * Above this many files, one thread: each thread holds a copy of the dataset, and at national scale
 * memory is the binding budget (200,000 accounts under 1.5 GB). Measured at 200,000
 * accounts (500,000 files): two threads 47 s and 2.0 GB, one thread 75 s and 1.1 GB.
 */
const MAX_FILES = 300_000;

const ENTITY_KINDS: ReadonlySet<TreeEntry['kind']> = new Set(['org', 'account', 'internal']);
const CONFIG_KINDS: ReadonlySet<TreeEntry['kind']> = new Set(['site', 'compliance', 'policy']);

/**
 * `threads`: 1 for one thread; by default two when the machine has them and the tree is between
 * MIN_FILES and `maxFiles` (MAX_FILES unless given: `npm run build` lifts it, its budget being the
 * whole build's memory rather than the check's alone).
 */
export async function runCheckAuto(options: RunOptions & { threads?: number; minFiles?: number; maxFiles?: number }): Promise<RunResult> {
	const cwd = options.cwd ?? process.cwd();
	// A large tree is read ahead into the file cache while the check walks and parses it (prefetch.ts).
	const prefetch = prefetchTree(resolve(cwd, options.dataDir));
	try {
		const threads = options.threads ?? availableParallelism();
		if (threads < 2 || (options.rules && options.rules !== RULES)) return runCheck(options);
		// On a large tree the worker starts loading its modules while this thread walks it (~0.3 s
		// each; a large tree is the one prefetchTree reads ahead). Not on a small one: its walk takes
		// milliseconds, and terminating a worker that still loads its modules is the likely cause of
		// a SIGSEGV seen once in CI, in tests/unit/engine/parallel.test.ts, whose fallback test did
		// exactly that. A large tree's walk outlasts the loading, so its worker is idle if terminated.
		const early = prefetch ? startWorker() : undefined;
		const entries = walkData(options.dataDir, options.internalDir, cwd);
		if (entries.length < (options.minFiles ?? MIN_FILES) || entries.length > (options.maxFiles ?? MAX_FILES)) {
			await early?.terminate();
			return runCheck(options);
		}
		return await runParallel(early ?? startWorker(), options, cwd, entries);
	} finally {
		await prefetch?.stop();
	}
}

const startWorker = () => new Worker(new URL('./check-worker.ts', import.meta.url));

function orgOf(entry: TreeEntry): string | undefined {
	return 'org' in entry ? entry.org : undefined;
}

async function runParallel(worker: Worker, options: RunOptions, cwd: string, entries: TreeEntry[]): Promise<RunResult> {
	const orgIds = [...new Set(entries.map(orgOf).filter((id): id is string => id !== undefined))].sort();
	const theirs = new Set(orgIds.filter((_, i) => i % 2 === 1));
	const isTheirs = (entry: TreeEntry) => ENTITY_KINDS.has(entry.kind) && theirs.has(orgOf(entry)!);
	const config = entries.filter((entry) => CONFIG_KINDS.has(entry.kind));
	const groups = groupPeriods(entries);
	const order = entries.map((entry, i) => [entry.file, i] as [string, number]);
	// The next group to check, for both threads. A fixed split (7 of 12 groups to the worker, measured
	// at 20,000 accounts) left the main thread idle for 27 s of a 155 s check at 200,000.
	const counter = new Int32Array(new SharedArrayBuffer(4));

	const messages = workerMessages(worker);
	worker.postMessage({
		dataDir: options.dataDir,
		cwd,
		today: options.today,
		entries: [...config, ...entries.filter(isTheirs)],
		groups,
		counter,
		order,
		shared: config.map((entry) => entry.file),
		hooks: options.hooks?.worker,
		internalDir: options.internalDir,
	});
	const session = new CheckSession(RULES, options.dataDir, cwd, options.today, options.internalDir);
	const dataset = session.load(entries.filter((entry) => entry.kind !== 'series' && !isTheirs(entry)));
	// Sent before this thread waits for, and merges, the worker's half: the worker, which loads
	// while this thread walked the tree, had finished first and sat idle through the merge (4.5 s at
	// 200,000 accounts). It takes the message once it has sent its own (check-worker.ts).
	worker.postMessage({ part: entityPart(dataset) });
	const loaded = (await messages.next()) as { part: EntityPart };
	session.pending.push(...mergeEntities(dataset, loaded.part, new Map(order)));
	options.hooks?.loaded?.(dataset, entries);
	session.checkDataset();
	// The worker takes groups meanwhile: the shared counter is the progress of both.
	const progress = () => options.progress?.(Math.min(Atomics.load(counter, 0), groups.length), groups.length, 'periods');
	checkPeriods(session, groups, options.hooks?.periods?.(dataset, 0), progress, claimFrom(counter));
	const done = (await messages.next()) as { pending: Pending[]; periodPending: PeriodPending[]; rows: number };
	await worker.terminate();
	options.hooks?.finished?.();
	return {
		findings: finalise(inGroupOrder([session, done]), RULES, session.settings, dataset, cwd),
		counts: { files: entries.length, orgs: dataset.orgs.size, accounts: dataset.accounts.size, rows: session.rows + done.rows },
		today: session.today,
		internalDir: dataset.internalDisplayDir,
	};
}

/** The worker's messages in order; its failure rejects the next wait. */
function workerMessages(worker: Worker): { next(): Promise<unknown> } {
	const queue: unknown[] = [];
	const waiting: { resolve: (value: unknown) => void; reject: (error: Error) => void }[] = [];
	let failure: Error | undefined;
	worker.on('message', (message) => (waiting.length ? waiting.shift()!.resolve(message) : queue.push(message)));
	const fail = (error: Error) => {
		failure = error;
		for (const w of waiting.splice(0)) w.reject(error);
	};
	worker.on('error', fail);
	worker.on('exit', (code) => code !== 0 && fail(new Error(`поток проверки завершился с кодом ${code}`)));
	return {
		next: () =>
			queue.length
				? Promise.resolve(queue.shift())
				: failure
					? Promise.reject(failure)
					: new Promise((resolve, reject) => waiting.push({ resolve, reject })),
	};
}
