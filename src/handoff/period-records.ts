/**
 * The period records of the hand-off: each thread of the check writes, as it checks a period, its
 * digest (periods-<thread>.bin, src/engine/period-digest.ts), its content-plan rows
 * (plans-<thread>.bin) and its open-data rows (csv-<thread>.bin, listed in csv-index-<thread>.bin);
 * the site's queries and src/cli/write-opendata.ts read them back. The digests are computed on the
 * public view of the dataset: the check's holds internal data, which must never be handed to the site.
 */
import { join } from 'node:path';
import { readRecords, RecordReader, RecordWriter } from '../lib/record-file.ts';
import type { Dataset } from '../loaders/dataset-types.ts';
import { digestKey, digestPeriod, encodePlanRows, type PeriodDigest, type RecordRef } from '../engine/period-digest.ts';
import type { FindingOptions, PeriodFinding } from '../engine/period-findings.ts';
import type { PeriodSink } from '../engine/hooks.ts';
import type { AccountWeeks, PeriodSummary } from '../engine/period-summary.ts';
import { mondaysOfQuarter } from '../lib/dates.ts';
import type { Network } from '../schemas/common.ts';
import { publicView } from './public-snapshot.ts';
import { HandoffError, readManifest, type HandoffFormat } from './manifest.ts';

/**
 * The files of `format` the hand-off's manifest names, checked against the folder (readManifest);
 * a HandoffError when it names none: every check writes them, one per thread.
 */
function namesOf(dir: string, format: HandoffFormat): string[] {
	const names = readManifest(dir)
		.files.filter((entry) => entry.format === format)
		.map((entry) => entry.name);
	if (!names.length) throw new HandoffError(`${join(dir, 'handoff.json')}: в манифесте передачи данных нет файлов «${format}»`);
	return names;
}

/** The files one thread writes, by format (src/handoff/manifest.ts). */
export function periodFiles(thread: number) {
	return {
		'period-digests': `periods-${thread}.bin`,
		'plan-rows': `plans-${thread}.bin`,
		'csv-rows': `csv-${thread}.bin`,
		'csv-index': `csv-index-${thread}.bin`,
	} as const;
}

/** Reads the records RecordRefs point to in the hand-off folder `dir`, keeping its files open. */
export function handedRecords(dir: string): { read<T>(ref: RecordRef): T; close(): void } {
	const reader = new RecordReader();
	return { read: (ref) => reader.read(join(dir, ref.file), ref.at), close: () => reader.close() };
}

/**
 * Gives a read digest's summary the strings and arrays the others share. Deserialised, every
 * account id, network name, citation and list of weeks is a copy of its own: 26 MB more heap at
 * 20,000 accounts than summaries computed in place, which share them (15 MB more once shared), and at 200,000 accounts
 * garbage collection marks all of it again and again while pages render (build budget, docs/benchmarks.md).
 */
function sharing(): (summary: PeriodSummary, stages: PeriodDigest['stages'], findings: PeriodFinding[]) => void {
	const strings = new Map<string, string>();
	const bases = new Map<string, AccountWeeks['basis']>();
	const share = (text: string): string => {
		const hit = strings.get(text);
		if (hit !== undefined) return hit;
		strings.set(text, text);
		return text;
	};
	const shareStage = (stage: { stage: string; title: string; policy: string | null; clause: string | null }) => {
		stage.stage = share(stage.stage);
		stage.title = share(stage.title);
		if (stage.policy !== null) stage.policy = share(stage.policy);
		if (stage.clause !== null) stage.clause = share(stage.clause);
	};
	return (summary, stages, findings) => {
		summary.org = share(summary.org);
		for (const finding of findings) {
			finding.requirement = share(finding.requirement) as PeriodFinding['requirement'];
			finding.rule = share(finding.rule);
			finding.status = share(finding.status) as PeriodFinding['status'];
			if (finding.subject !== null) finding.subject = share(finding.subject);
			if (finding.policy !== null) finding.policy = share(finding.policy);
			if (finding.clause !== null) finding.clause = share(finding.clause);
		}
		for (const stage of stages) shareStage(stage);
		// Also restores the weeks the check leaves out of its records (checkPeriods).
		summary.weeks = mondaysOfQuarter(summary.year, summary.quarter);
		for (const account of summary.accounts) {
			account.account = share(account.account);
			account.network = share(account.network) as Network;
			if (account.basis) {
				const key = `${account.basis.policy}|${account.basis.clause}|${account.basis.level}`;
				const basis = bases.get(key);
				if (basis) account.basis = basis;
				else bases.set(key, account.basis);
			}
		}
		for (const stage of summary.replies) shareStage(stage);
	};
}

/**
 * Every digest in `dir`, file by file, in no particular order (the site's pass does not depend on
 * it: src/queries/stats.ts). `keepCsv(year, quarter)` says which quarters' open-data rows to keep:
 * each process of a shared build writes some of the files, and holds only their rows.
 */
export function* readDigests(dir: string, keepCsv: (year: number, quarter: number) => boolean): Generator<PeriodDigest> {
	const files = namesOf(dir, 'period-digests');
	const share = sharing();
	for (const name of files) {
		for (const digest of readRecords<PeriodDigest>(join(dir, name))) {
			share(digest.summary, digest.stages, digest.findings);
			if (!keepCsv(digest.year, digest.quarter)) {
				delete digest.csv;
				delete digest.csvRecord;
			}
			// Its own bytes: deserialised, it is a view of the whole record's.
			if (digest.csv) digest.csv = digest.csv.slice();
			yield digest;
		}
	}
}
/**
 * The sink of the periods thread `thread` checks: writes each one's records into `dir` as it is
 * checked, the index of the open-data rows when the thread is done.
 */
export function periodRecordSink(dir: string, dataset: Dataset, thread: number, findings: FindingOptions): PeriodSink {
	const names = periodFiles(thread);
	const writer = new RecordWriter(join(dir, names['period-digests']));
	const planFile = names['plan-rows'];
	const plans = new RecordWriter(join(dir, planFile));
	const csvFile = names['csv-rows'];
	const csv = new RecordWriter(join(dir, csvFile));
	const csvIndex: CsvIndex = { file: csvFile, entries: [] };
	const view = publicView(dataset);
	return {
		period(period) {
			const digest = digestPeriod(view, period, { csv: true, findings });
			if (period.plans?.rows.length)
				digest.planRecord = { file: planFile, at: plans.write(encodePlanRows(period.plans.rows.map((row) => row.value))) };
			if (digest.csv) {
				digest.csvRecord = { file: csvFile, at: csv.write(digest.csv) };
				csvIndex.entries.push(digestKey(digest), digest.year, digest.quarter, digest.csvRecord.at);
				delete digest.csv;
			}
			// Without the quarter's weeks, which the reader restores (sharing): 13 dates in each of
			// 200,000 records were a sixth of the file every Astro process deserialises.
			writer.write({ ...digest, summary: { ...digest.summary, weeks: [] } });
		},
		close() {
			try {
				const index = new RecordWriter(join(dir, names['csv-index']));
				try {
					index.write(csvIndex);
				} finally {
					index.close();
				}
			} finally {
				writer.close();
				plans.close();
				csv.close();
			}
		},
	};
}

/**
 * What a thread of the check lists of the open-data rows it wrote (csv-index-<thread>.bin): the
 * process that writes the quarterly files (src/cli/write-opendata.ts) finds each period's rows
 * there without reading the 200,000 digests (7–10 s at 200,000 accounts; build budget).
 */
interface CsvIndex {
	file: string;
	/** Four values a period: digest key, year, quarter, where its rows start in `file`. */
	entries: (string | number)[];
}

/** A period's open-data rows in the hand-off, as the check listed them. */
export interface HandedCsvRows {
	key: string;
	year: number;
	quarter: number;
	ref: RecordRef;
}

/** Every period's open-data rows the check wrote into the hand-off folder `dir`, in no particular order. */
export function* handedCsvRows(dir: string): Generator<HandedCsvRows> {
	const files = namesOf(dir, 'csv-index');
	for (const name of files) {
		for (const { file, entries } of readRecords<CsvIndex>(join(dir, name))) {
			for (let i = 0; i + 4 <= entries.length; i += 4) {
				yield {
					key: entries[i] as string,
					year: entries[i + 1] as number,
					quarter: entries[i + 2] as number,
					ref: { file, at: entries[i + 3] as number },
				};
			}
		}
	}
}
