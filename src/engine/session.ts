/**
 * One check in one thread: loads entries, runs dataset, period and text rules, and keeps the
 * reports. The check drives one per thread (run.ts).
 */
import { loadDataset, type LoaderFinding } from '../loaders/dataset.ts';
import { loadPeriodTables, type PeriodGroup } from '../loaders/periods.ts';
import type { TreeEntry } from '../loaders/tree.ts';
import type { Dataset, Period } from '../loaders/dataset-types.ts';
import type { Rule, RuleContext, TextFile } from './rule.ts';
import { resolveRuleSettings, type RuleSettings } from './settings.ts';
import type { Report } from './types.ts';
import { checkDate } from '../lib/dates.ts';
import type { PeriodSink } from './hooks.ts';

/**
 * A report waiting to be finalised. `more` marks the one that stands for the reports of its rule
 * and message past MAX_SAME in its file: it is where the first of them was, and counts them all.
 */
export type Pending = Report & { ruleId: string; more?: { count: number } };

/**
 * After this many findings of one rule and message in one file, the rest are only counted (one
 * finding says how many): a clerk fixes the first ones and sees the pattern, and a file of a
 * million bad rows costs no more memory, and prints no more, than a file of a hundred.
 */
export const MAX_SAME = 100;

/** The next group index to check; past the last one when there are none left. */
export type Claim = () => number;

/** Every group, in order: one thread alone. */
export function inOrder(): Claim {
	let next = 0;
	return () => next++;
}

/** Group indexes from a counter two threads share (run.ts): Atomics give each index to one thread. */
export function claimFrom(counter: Int32Array): Claim {
	return () => Atomics.add(counter, 0, 1);
}

/** Reports of the periods, by group index (CheckSession.checkPeriods). */
export type PeriodPending = [group: number, reports: Pending[]];

/**
 * Every report in the serial check's order: those of loading and of the dataset-wide rules first,
 * then the periods' in group order, whichever session (thread) checked each group.
 */
export function inGroupOrder(sessions: readonly { pending: Pending[]; periodPending: PeriodPending[] }[]): Pending[] {
	const periods = sessions.flatMap((session) => session.periodPending).sort((a, b) => a[0] - b[0]);
	return [...sessions.flatMap((session) => session.pending), ...periods.flatMap(([, reports]) => reports)];
}

export class CheckSession {
	readonly pending: Pending[] = [];
	/** Reports of the periods checked, by group index (checkPeriods). */
	readonly periodPending: PeriodPending[] = [];
	today: string;
	settings = new Map<string, RuleSettings>();
	dataset!: Dataset;
	rows = 0;
	/** Sees every period the rules check (the build's period digests: src/engine/period-digest.ts). */
	onPeriod: ((period: Period) => void) | undefined;
	private active: Rule<any>[] = [];
	/** Findings so far by file, rule and message, and the report counting those past MAX_SAME. */
	private readonly same = new Map<string, { n: number; more?: Pending }>();
	private readonly contexts = new Map<string, RuleContext>();
	// Text rules (secrets, canonical form) see each file's text once, as it is read. The
	// configuration files are read before the rules are configured: their texts wait until then.
	private early: TextFile[] | undefined = [];

	private readonly rules: readonly Rule<any>[];
	private readonly dataDir: string;
	private readonly cwd: string;
	private readonly internalDir: string | undefined;

	/** `internalDir`: where the internal files were found (walkData), `<data>/internal` unless given. */
	constructor(rules: readonly Rule<any>[], dataDir: string, cwd: string, today: string | undefined, internalDir?: string) {
		this.rules = rules;
		this.dataDir = dataDir;
		this.cwd = cwd;
		this.today = today ?? '';
		this.internalDir = internalDir;
	}

	private readonly hooks = {
		finding: (f: LoaderFinding) => this.push(f),
		text: (file: string, body: string, csv?: TextFile['csv']) => {
			const textFile: TextFile = { file, text: body, ...(csv ? { csv } : {}) };
			if (this.early) this.early.push(textFile);
			else this.checkText(textFile);
		},
		configured: (dataset: Dataset) => {
			this.today ||= checkDate(dataset.site?.value.asOf);
			this.settings = resolveRuleSettings(this.rules, dataset, this.pending);
			this.active = this.rules.filter((rule) => this.settings.get(rule.meta.id)?.severity !== 'off');
			for (const rule of this.rules) {
				this.contexts.set(rule.meta.id, {
					dataset,
					today: this.today,
					options: this.settings.get(rule.meta.id)?.options ?? {},
					report: (report) => this.push({ ...report, ruleId: rule.meta.id }),
				});
			}
			const waiting = this.early!;
			this.early = undefined;
			for (const textFile of waiting) this.checkText(textFile);
		},
	};

	/** Keeps a report, or only counts it once its file has MAX_SAME of its rule and message. */
	private push(report: Pending): void {
		const key = `${report.file}\0${report.ruleId}\0${report.messageId}`;
		const seen = this.same.get(key);
		if (!seen) this.same.set(key, { n: 1 });
		else if (seen.n < MAX_SAME) seen.n++;
		else if (seen.more) {
			seen.more.more!.count++;
			return;
		} else {
			seen.more = { ...report, more: { count: 1 } };
			this.pending.push(seen.more);
			return;
		}
		this.pending.push(report);
	}

	private checkText(textFile: TextFile): void {
		for (const rule of this.active) rule.checkText?.(this.contexts.get(rule.meta.id)!, textFile);
	}

	load(entries: readonly TreeEntry[]): Dataset {
		this.dataset = loadDataset(this.dataDir, entries, this.hooks, this.cwd, this.internalDir);
		return this.dataset;
	}

	checkDataset(): void {
		for (const rule of this.active) rule.checkDataset?.(this.contexts.get(rule.meta.id)!);
	}

	/**
	 * Checks the periods `claim` hands out (indexes into `groups`; all of them, in order, by default).
	 * Two threads share one counter (run.ts): each takes the next group when it is free, so
	 * neither waits for the other at the end. What a period's rules report is kept apart, by the
	 * group's index, for `inGroupOrder` to put in the serial check's order whichever thread checked it.
	 */
	checkPeriods(groups: readonly PeriodGroup[], progress?: (done: number, total: number) => void, claim: Claim = inOrder()): void {
		let done = 0;
		for (let index = claim(); index < groups.length; index = claim()) {
			const before = this.pending.length;
			const period = this.loadPeriod(groups[index]!);
			if (period) {
				this.rows += (period.stats?.rows.length ?? 0) + (period.plans?.rows.length ?? 0) + (period.replies?.rows.length ?? 0);
				for (const rule of this.active) rule.checkPeriod?.(this.contexts.get(rule.meta.id)!, period);
				this.onPeriod?.(period);
			}
			if (this.pending.length > before) this.periodPending.push([index, this.pending.splice(before)]);
			if (++done % 2000 === 0) progress?.(done, groups.length);
		}
	}

	private loadPeriod(group: PeriodGroup): Period | undefined {
		const dataset = this.dataset;
		const org = dataset.orgs.get(group.org);
		if (!org && !dataset.rejected.orgs.has(group.org)) {
			for (const file of group.files)
				this.push({ ruleId: 'references-resolve', file: file.file, line: 1, column: 1, messageId: 'seriesOrg', data: { org: group.org } });
			return undefined;
		}
		// An organisation whose card is invalid: its tables are still read for their own problems
		// (one pass shows a clerk everything), but no policy rule runs without the card.
		const period = loadPeriodTables(group, { org: org!, year: group.year, quarter: group.quarter }, dataset, {
			finding: this.hooks.finding,
			csvText: this.hooks.text,
		});
		return org ? period : undefined;
	}
}

/**
 * Checks the periods `claim` hands this session (session.checkPeriods), each also given to
 * `sink` (a hook's: hooks.ts), which is closed once the session has checked its last.
 */
export function checkPeriods(
	session: CheckSession,
	groups: readonly PeriodGroup[],
	sink: PeriodSink | undefined,
	progress?: (done: number, total: number) => void,
	claim?: Claim,
): void {
	session.onPeriod = sink && ((period) => sink.period(period));
	try {
		session.checkPeriods(groups, progress, claim);
	} finally {
		session.onPeriod = undefined;
		sink?.close();
	}
}
