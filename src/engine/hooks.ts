/**
 * What a caller of the check sees as it runs, so the check can feed others without knowing them:
 * the build's hand-off writer (src/handoff/writer.ts) is one. The check calls them on every thread
 * it runs; a second thread cannot be handed functions, so it loads `worker.module` itself and asks
 * its `workerPeriods` export for the thread's sink.
 */
import type { Dataset, Period } from '../loaders/dataset-types.ts';
import type { TreeEntry } from '../loaders/tree.ts';
import type { FindingOptions } from './period-findings.ts';

/** Sees every period one thread checks, then is closed once that thread has checked its last. */
export interface PeriodSink {
	period(period: Period): void;
	close(): void;
}

export interface CheckHooks {
	/** Once the organisation and account files are loaded (and both halves merged on two threads), before any rule runs. */
	loaded?(dataset: Dataset, entries: readonly TreeEntry[]): void;
	/**
	 * The sink of the periods the main thread (thread 0) checks; `findings` is how this check judges
	 * a quarter's findings (its check date and rule options), for a sink that publishes them.
	 */
	periods?(dataset: Dataset, thread: number, findings: FindingOptions): PeriodSink;
	/**
	 * For the second thread: a module URL whose `workerPeriods(data, dataset, thread, findings)` export gives
	 * that thread's sink, and the structured-cloneable data it is given.
	 */
	worker?: { module: string; data: unknown };
	/** Once every thread is done: the last call of a check that did not fail. */
	finished?(): void;
}

/** The `workerPeriods` export a `CheckHooks.worker` module has. */
export type WorkerPeriods = (data: unknown, dataset: Dataset, thread: number, findings: FindingOptions) => PeriodSink;
