/**
 * The check: walk the tree, load and validate, run every rule, then resolve severities, messages,
 * citations and positions. Pure of the terminal: the CLI formats what this returns.
 *
 * One pipeline, on one thread or two (the machines this runs on have two cores: the budget asks
 * for 20,000 accounts with a year of statistics in under 5 s). On two, organisations are split in
 * two; each thread parses its half of the YAML, the halves are exchanged so both hold the whole
 * dataset, then each takes the quarterly tables one organisation's quarter at a time from a shared
 * counter, so both stay busy to the end. Dataset-wide rules run once, on the main thread. The
 * result is the one-thread check's, finding for finding (tests/unit/engine/parallel.test.ts).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { dataFile, isInside, walkData, type TreeEntry } from '../loaders/tree.ts';
import { prefetchTree } from '../loaders/prefetch.ts';
import { YamlLocator } from '../loaders/yaml-locate.ts';
import { cite } from '../policies/cite.ts';
import { RULES } from '../rules/index.ts';
import type { Dataset } from '../loaders/dataset-types.ts';
import { renderTemplate } from './render.ts';
import type { Rule } from './rule.ts';
import { groupPeriods } from '../loaders/periods.ts';
import { CheckSession, checkPeriods, claimFrom, inGroupOrder, MAX_SAME, type PeriodPending, type Pending } from './session.ts';
import { entityPart, mergeEntities, type EntityPart } from './merge-entities.ts';
import { count } from './reporters/summary.ts';
import type { CheckHooks } from './hooks.ts';
import { findingOptions } from './period-findings.ts';
import type { RuleSettings } from './settings.ts';
import type { Finding } from './types.ts';

export interface RunOptions {
	dataDir: string;
	/** YYYY-MM-DD; defaults to site.asOf for demo data, else the current date. */
	today?: string;
	cwd?: string;
	rules?: readonly Rule<any>[];
	/** Called now and then on long runs, for progress output. */
	progress?: (done: number, total: number, stage: string) => void;
	/**
	 * What sees the check as it runs (hooks.ts): the build's hand-off writer (src/handoff/writer.ts)
	 * takes the public data once loaded and each period as it is checked.
	 */
	hooks?: CheckHooks;
	/**
	 * The internal folder (staff contacts, security attestations), when it lives apart from the
	 * public data, e.g. a clone of a private repository; `<data>/internal` by default.
	 */
	internalDir?: string;
}

export interface RunResult {
	findings: Finding[];
	counts: { files: number; orgs: number; accounts: number; rows: number };
	today: string;
	/** The internal folder as findings show it (Dataset.internalDisplayDir). */
	internalDir: string;
}

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

/** The check on one thread, synchronously (a page renders the broken fixture's findings with it). */
export function runCheck(options: RunOptions): RunResult {
	const cwd = options.cwd ?? process.cwd();
	const step = pipeline(options, cwd, walkData(options.dataDir, options.internalDir, cwd), undefined).next();
	// With no second thread the pipeline never waits.
	if (!step.done) throw new Error('internal: a one-thread check waited for a second thread');
	return step.value;
}

/**
 * The check on `threads` threads: 1 for one; by default two when the machine has them and the tree
 * is between MIN_FILES and `maxFiles` (MAX_FILES unless given: `npm run build` lifts it, its budget
 * being the whole build's memory rather than the check's alone). Other rules than the registered
 * ones run on one thread: the second thread loads the registered ones.
 */
export async function runCheckAuto(options: RunOptions & { threads?: number; minFiles?: number; maxFiles?: number }): Promise<RunResult> {
	const cwd = options.cwd ?? process.cwd();
	// A large tree is read ahead into the file cache while the check walks and parses it (prefetch.ts).
	const prefetch = prefetchTree(resolve(cwd, options.dataDir));
	try {
		const threads = options.threads ?? availableParallelism();
		const two = threads >= 2 && (!options.rules || options.rules === RULES);
		// On a large tree the worker starts loading its modules while this thread walks it (~0.3 s
		// each; a large tree is the one prefetchTree reads ahead). Not on a small one: its walk takes
		// milliseconds, and terminating a worker that still loads its modules is the likely cause of
		// a SIGSEGV seen once in CI, in tests/unit/engine/parallel.test.ts, whose fallback test did
		// exactly that. A large tree's walk outlasts the loading, so its worker is idle if terminated.
		const early = two && prefetch ? startWorker() : undefined;
		const entries = walkData(options.dataDir, options.internalDir, cwd);
		if (!two || entries.length < (options.minFiles ?? MIN_FILES) || entries.length > (options.maxFiles ?? MAX_FILES)) {
			await early?.terminate();
			return await drive(pipeline(options, cwd, entries, undefined));
		}
		return await drive(pipeline(options, cwd, entries, early ?? startWorker()));
	} finally {
		await prefetch?.stop();
	}
}

const startWorker = () => new Worker(new URL('./check-worker.ts', import.meta.url));

/** Runs a pipeline to its end, waiting wherever it waits for the second thread. */
async function drive(run: Generator<Promise<unknown>, RunResult, unknown>): Promise<RunResult> {
	let step = run.next();
	while (!step.done) step = run.next(await step.value);
	return step.value;
}

function orgOf(entry: TreeEntry): string | undefined {
	return 'org' in entry ? entry.org : undefined;
}

/** What the second thread sends back once it has checked its periods (check-worker.ts). */
interface WorkerDone {
	pending: Pending[];
	periodPending: PeriodPending[];
	rows: number;
}

/**
 * The check, written once for one thread and for two: with a `worker`, it yields each wait for
 * that thread (its half of the entities, then its reports) and is given the message back; with
 * none it never yields, so runCheck drives it synchronously and runCheckAuto alike.
 */
function* pipeline(
	options: RunOptions,
	cwd: string,
	entries: TreeEntry[],
	worker: Worker | undefined,
): Generator<Promise<unknown>, RunResult, unknown> {
	const rules = options.rules ?? RULES;
	const groups = groupPeriods(entries);
	const session = new CheckSession(rules, options.dataDir, cwd, options.today, options.internalDir);
	// The next group to check, for both threads. A fixed split (7 of 12 groups to the worker, measured
	// at 20,000 accounts) left the main thread idle for 27 s of a 155 s check at 200,000.
	const counter = worker ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
	let dataset: Dataset;
	let messages: { next(): Promise<unknown> } | undefined;
	if (!worker) dataset = session.load(entries);
	else {
		const orgIds = [...new Set(entries.map(orgOf).filter((id): id is string => id !== undefined))].sort();
		const theirs = new Set(orgIds.filter((_, i) => i % 2 === 1));
		const isTheirs = (entry: TreeEntry) => ENTITY_KINDS.has(entry.kind) && theirs.has(orgOf(entry)!);
		const config = entries.filter((entry) => CONFIG_KINDS.has(entry.kind));
		const order = entries.map((entry, i) => [entry.file, i] as [string, number]);
		messages = workerMessages(worker);
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
		dataset = session.load(entries.filter((entry) => entry.kind !== 'series' && !isTheirs(entry)));
		// Sent before this thread waits for, and merges, the worker's half: the worker, which loads
		// while this thread walked the tree, had finished first and sat idle through the merge (4.5 s at
		// 200,000 accounts). It takes the message once it has sent its own (check-worker.ts).
		worker.postMessage({ part: entityPart(dataset) });
		const loaded = (yield messages.next()) as { part: EntityPart };
		session.pending.push(...mergeEntities(dataset, loaded.part, new Map(order)));
	}
	options.hooks?.loaded?.(dataset, entries);
	session.checkDataset();
	// On two threads the worker takes groups meanwhile: the shared counter is the progress of both.
	const progress = counter
		? () => options.progress?.(Math.min(Atomics.load(counter, 0), groups.length), groups.length, 'periods')
		: (done: number, total: number) => options.progress?.(done, total, 'periods');
	checkPeriods(
		session,
		groups,
		options.hooks?.periods?.(dataset, 0, findingOptions(session.settings, session.today)),
		progress,
		counter && claimFrom(counter),
	);
	let done: WorkerDone | undefined;
	if (worker) {
		done = (yield messages!.next()) as WorkerDone;
		yield worker.terminate();
	}
	options.hooks?.finished?.();
	return {
		findings: finalise(inGroupOrder(done ? [session, done] : [session]), rules, session.settings, dataset, cwd),
		counts: { files: entries.length, orgs: dataset.orgs.size, accounts: dataset.accounts.size, rows: session.rows + (done?.rows ?? 0) },
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

/**
 * Is a finding internal, to be shown in the terminal only (src/engine/reporters/disclosure.ts)?
 * Decided here, once, for every rule: any finding about a file of the internal folder (it may
 * quote a value, name an account only that file knows, or say where a page's security is weak),
 * and every finding of a rule that declares its findings confidential. A file left in
 * `<data>/internal/` while `--internal` points elsewhere still holds internal data.
 */
function isInternal(file: string, dataset: Dataset): boolean {
	return isInside(dataset.internalDisplayDir, file) || isInside(dataFile(dataset.displayDir, 'internal'), file);
}

export function finalise(
	pending: Pending[],
	rules: readonly Rule<any>[],
	settings: Map<string, RuleSettings>,
	dataset: Dataset,
	cwd: string,
): Finding[] {
	const metas = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));
	const locators = new Map<string, YamlLocator | null>();
	const findings: Finding[] = [];
	for (const report of pending) {
		const meta = metas.get(report.ruleId);
		if (!meta) throw new Error(`internal: finding for unregistered rule ${report.ruleId}`);
		const configured = settings.get(report.ruleId)?.severity;
		if (configured === 'off') continue;
		const level = report.level ?? meta.defaultLevel;
		const severity = configured ?? (level === 'required' ? 'error' : 'warn');
		const template = report.more ? moreTemplate(severity, report.more.count) : meta.messages[report.messageId];
		if (template === undefined) throw new Error(`internal: rule ${report.ruleId} has no message ${report.messageId}`);
		const policy = report.citation ? dataset.policies.get(report.citation.policy)?.value : undefined;
		const citation = report.citation && policy ? { ...report.citation, text: cite(policy, report.citation.clause) } : undefined;
		const data: Record<string, string | number> = report.more
			? { count: report.more.count, of: report.messageId }
			: { ...report.data, ...(citation ? { clause: citation.text } : {}) };
		let { line, column } = report;
		if (line === undefined && report.path && /\.ya?ml$/.test(report.file)) {
			({ line, column } = locate(locators, report.file, report.path, report.atKey === true, report.char, cwd));
		}
		findings.push({
			ruleId: report.ruleId,
			severity,
			file: report.file,
			...(line !== undefined ? { line } : {}),
			...(column !== undefined ? { column } : {}),
			...(report.header !== undefined ? { header: report.header } : {}),
			messageId: report.more ? 'more' : report.messageId,
			data,
			message: renderTemplate(template, data),
			...(citation ? { citation } : {}),
			...(meta.confidential || isInternal(report.file, dataset) ? { confidential: true } : {}),
		});
	}
	return findings.sort(compareFindings);
}

const MORE_ERRORS = ['такая же ошибка', 'таких же ошибки', 'таких же ошибок'] as const;
const MORE_WARNINGS = ['такое же предупреждение', 'таких же предупреждения', 'таких же предупреждений'] as const;

/** The finding that stands for those past MAX_SAME of one rule and message in a file (session.ts). */
function moreTemplate(severity: Finding['severity'], n: number): string {
	return `… и ещё ${count(n, severity === 'error' ? MORE_ERRORS : MORE_WARNINGS)} в этом файле: показаны первые ${MAX_SAME}, у остальных та же причина.`;
}

function locate(
	locators: Map<string, YamlLocator | null>,
	file: string,
	path: readonly (string | number)[],
	atKey: boolean,
	char: string | undefined,
	cwd: string,
): { line?: number; column?: number } {
	let locator = locators.get(file);
	if (locator === undefined) {
		try {
			locator = new YamlLocator(readFileSync(resolve(cwd, file), 'utf8'));
		} catch {
			locator = null;
		}
		locators.set(file, locator);
	}
	if (!locator) return {};
	if (atKey && path.length) return locator.locateKey(path.slice(0, -1), String(path[path.length - 1]));
	return char === undefined ? locator.locate(path) : locator.locateChar(path, char);
}

export function compareFindings(a: Finding, b: Finding): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	// Ties keep the order the rule reported them in (the sort is stable): every finding of one rule
	// in one file comes from one thread, so a parallel check orders them as a serial one does.
	return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
