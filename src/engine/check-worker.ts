/**
 * The second thread of a parallel check (parallel.ts): loads its half of the organisations' files,
 * sends them to the main thread, receives the other half, then checks its half of the quarterly
 * tables it takes from the counter both threads share, and sends back its reports.
 */
import { parentPort } from 'node:worker_threads';
import { RULES } from '../rules/index.ts';
import { entityPart, mergeEntities, type EntityPart } from './merge-entities.ts';
import type { PeriodGroup } from '../loaders/periods.ts';
import { CheckSession, claimFrom } from './session.ts';
import { checkPeriods } from './period-digest.ts';
import type { TreeEntry } from '../loaders/tree.ts';

interface Input {
	dataDir: string;
	cwd: string;
	today: string | undefined;
	entries: TreeEntry[];
	/** Every group: the worker checks those it claims from `counter` (parallel.ts). */
	groups: PeriodGroup[];
	counter: Int32Array;
	order: [string, number][];
	/** Files the main thread also reads (configuration): their findings are the main thread's. */
	shared: string[];
	/** The folder of the period digests, when the build asks for them (src/engine/period-digest.ts). */
	handoff: string | undefined;
	/** Where the internal files among `entries` were found (walkData). */
	internalDir: string | undefined;
}

const port = parentPort!;
// First message: what to load and check (sent once the main thread has walked the tree).
port.once('message', (input: Input) => {
	const session = new CheckSession(RULES, input.dataDir, input.cwd, input.today, input.internalDir);
	session.load(input.entries);
	port.postMessage({ type: 'loaded', part: entityPart(session.dataset) });
	port.once('message', (message: { part: EntityPart }) => finish(session, input, message.part));
});

function finish(session: CheckSession, input: Input, part: EntityPart): void {
	// Duplicates across the halves are reported by the main thread, which merges the same way.
	mergeEntities(session.dataset, part, new Map(input.order));
	checkPeriods(session, input.groups, input.handoff ? { dir: input.handoff, thread: 1 } : undefined, undefined, claimFrom(input.counter));
	const shared = new Set(input.shared);
	const pending = session.pending.filter((report) => !shared.has(report.file) && report.messageId !== 'noSite');
	port.postMessage({ type: 'done', pending, periodPending: session.periodPending, rows: session.rows });
}
