/**
 * The check on two threads (the machines this runs on have two cores: issue 2 §7 asks for 20,000
 * accounts with a year of statistics in under 5 s). Organisations are split in two; each thread
 * parses its half of the YAML, the halves are exchanged so both hold the whole dataset, then each
 * checks its half of the quarterly tables. Dataset-wide rules run once, on the main thread.
 * The result is the serial check's, finding for finding (tests/unit/engine/parallel.test.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { walkTree, type TreeEntry } from '../loaders/tree.ts';
import { RULES } from '../rules/index.ts';
import { entityPart, mergeEntities, type EntityPart } from './merge-entities.ts';
import { finalise, runCheck, type RunOptions, type RunResult } from './run.ts';
import { groupPeriods } from '../loaders/periods.ts';
import { CheckSession, type Pending } from './session.ts';
import { checkPeriods } from './period-digest.ts';
import { writePublicSnapshot } from '../loaders/public-snapshot.ts';

/** Below this many files a second thread costs more to start than it saves. */
const MIN_FILES = 3_000;
/**
 * Above this many files, one thread: each thread holds a copy of the dataset, and at national scale
 * memory is the binding budget (issue 2 §7: 200,000 accounts under 1.5 GB). Measured at 200,000
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
	const threads = options.threads ?? availableParallelism();
	if (threads < 2 || (options.rules && options.rules !== RULES)) return runCheck(options);
	// The worker starts loading its modules while this thread walks the tree (~0.3 s each).
	const worker = new Worker(new URL('./check-worker.ts', import.meta.url));
	const cwd = options.cwd ?? process.cwd();
	const entries = walkTree(options.dataDir, cwd);
	if (entries.length < (options.minFiles ?? MIN_FILES) || entries.length > (options.maxFiles ?? MAX_FILES)) {
		await worker.terminate();
		return runCheck(options);
	}
	return runParallel(worker, options, cwd, entries);
}

/**
 * Share of the quarterly tables the worker checks: the main thread also runs the dataset-wide
 * rules, so the worker takes a little more than half (measured at 20,000 accounts).
 */
const WORKER_SHARE = 7 / 12;

function orgOf(entry: TreeEntry): string | undefined {
	return 'org' in entry ? entry.org : undefined;
}

async function runParallel(worker: Worker, options: RunOptions, cwd: string, entries: TreeEntry[]): Promise<RunResult> {
	const orgIds = [...new Set(entries.map(orgOf).filter((id): id is string => id !== undefined))].sort();
	const theirs = new Set(orgIds.filter((_, i) => i % 2 === 1));
	const isTheirs = (entry: TreeEntry) => ENTITY_KINDS.has(entry.kind) && theirs.has(orgOf(entry)!);
	const config = entries.filter((entry) => CONFIG_KINDS.has(entry.kind));
	const groups = groupPeriods(entries);
	const workerGroups = new Set(groups.filter((_, i) => i % 12 < WORKER_SHARE * 12));
	const order = entries.map((entry, i) => [entry.file, i] as [string, number]);

	const messages = workerMessages(worker);
	worker.postMessage({
		dataDir: options.dataDir,
		cwd,
		today: options.today,
		entries: [...config, ...entries.filter(isTheirs)],
		groups: groups.filter((group) => workerGroups.has(group)),
		order,
		shared: config.map((entry) => entry.file),
		handoff: options.handoff,
	});
	const session = new CheckSession(RULES, options.dataDir, cwd, options.today);
	const dataset = session.load(entries.filter((entry) => entry.kind !== 'series' && !isTheirs(entry)));
	const mine = entityPart(dataset);
	const loaded = (await messages.next()) as { part: EntityPart };
	session.pending.push(...mergeEntities(dataset, loaded.part, new Map(order)));
	worker.postMessage({ part: mine });
	if (options.handoff) writePublicSnapshot(options.handoff, dataset, entries);
	session.checkDataset();
	// The worker checks its share meanwhile: the main thread's progress stands for both.
	const progress = (done: number, total: number) => options.progress?.(Math.round((done / total) * groups.length), groups.length, 'periods');
	checkPeriods(session, groups.filter((group) => !workerGroups.has(group)), options.handoff ? { dir: options.handoff, thread: 0 } : undefined, progress);
	const done = (await messages.next()) as { pending: Pending[]; rows: number };
	await worker.terminate();
	return {
		findings: finalise([...session.pending, ...done.pending], RULES, session.settings, dataset, cwd),
		counts: { files: entries.length, orgs: dataset.orgs.size, accounts: dataset.accounts.size, rows: session.rows + done.rows },
		today: session.today,
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
		next: () => (queue.length ? Promise.resolve(queue.shift()) : failure ? Promise.reject(failure) : new Promise((resolve, reject) => waiting.push({ resolve, reject }))),
	};
}
