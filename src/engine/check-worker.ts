/**
 * The second thread of a two-thread check (run.ts): loads its half of the organisations' files,
 * sends them to the main thread, receives the other half, then checks its half of the quarterly
 * tables it takes from the counter both threads share, and sends back its reports.
 */
import { parentPort } from 'node:worker_threads';
import { RULES } from '../rules/index.ts';
import { entityPart, mergeEntities, type EntityPart } from './merge-entities.ts';
import type { PeriodGroup } from '../loaders/periods.ts';
import { CheckSession, checkPeriods, claimFrom } from './session.ts';
import type { WorkerPeriods } from './hooks.ts';
import { findingOptions } from './period-findings.ts';
import type { TreeEntry } from '../loaders/tree.ts';

interface Input {
	dataDir: string;
	cwd: string;
	today: string | undefined;
	entries: TreeEntry[];
	/** Every group: the worker checks those it claims from `counter` (run.ts). */
	groups: PeriodGroup[];
	counter: Int32Array;
	order: [string, number][];
	/** Files the main thread also reads (configuration): their findings are the main thread's. */
	shared: string[];
	/** The module whose `workerPeriods` sees the periods this thread checks, and its data (hooks.ts). */
	hooks: { module: string; data: unknown } | undefined;
	/** Where the internal files among `entries` were found (walkData). */
	internalDir: string | undefined;
}

const port = parentPort!;
// First message: what to load and check (sent once the main thread has walked the tree).
port.once('message', (input: Input) => {
	const session = new CheckSession(RULES, input.dataDir, input.cwd, input.today, input.internalDir);
	session.load(input.entries);
	port.postMessage({ type: 'loaded', part: entityPart(session.dataset) });
	// Loaded meanwhile: the hooks' module is needed only once the halves are merged.
	const hooks = input.hooks && (import(input.hooks.module) as Promise<{ workerPeriods: WorkerPeriods }>);
	port.once('message', (message: { part: EntityPart }) => {
		void (hooks ?? Promise.resolve(undefined)).then((module) => finish(session, input, message.part, module?.workerPeriods));
	});
});

function finish(session: CheckSession, input: Input, part: EntityPart, workerPeriods: WorkerPeriods | undefined): void {
	// Duplicates across the halves are reported by the main thread, which merges the same way.
	mergeEntities(session.dataset, part, new Map(input.order));
	const sink = workerPeriods?.(input.hooks!.data, session.dataset, 1, findingOptions(session.settings, session.today));
	checkPeriods(session, input.groups, sink, undefined, claimFrom(input.counter));
	const shared = new Set(input.shared);
	const pending = session.pending.filter((report) => !shared.has(report.file) && report.messageId !== 'noSite');
	port.postMessage({ type: 'done', pending, periodPending: session.periodPending, rows: session.rows });
}
