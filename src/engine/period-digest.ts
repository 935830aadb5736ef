/**
 * What the site keeps of one organisation's quarter, the quarterly tables themselves dropped: the
 * summary its pages show, the reply durations the quarter's percentiles pool, the months its content
 * plan covers, and its rows of the open-data statistics file. The site's statistics pass
 * (src/queries/stats.ts) is built from these alone. In a build, the check writes each quarter's
 * content plan (planRecord) and open-data rows (csvRecord) beside them, read only by the pages and
 * the file that need them.
 *
 * They are computed where the tables are read. `npm run build` has the check write them as it
 * checks (src/cli/check.ts --handoff), and every Astro process reads that file instead of
 * reading every table once more: 0.7 s instead of 9.2 s at 20,000 accounts (the build
 * budget, docs/benchmarks.md). Without the file the site computes them itself, the same way.
 */
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { statsCsvRows } from '../lib/opendata/stats-csv.ts';
import { readRecords, RecordReader, RecordWriter } from '../lib/record-file.ts';
import type { Dataset, Period } from '../loaders/dataset-types.ts';
import type { CheckSession, Claim } from './session.ts';
import { periodKey, type PeriodGroup } from '../loaders/periods.ts';
import { publicView } from '../loaders/public-snapshot.ts';
import { stageDurations, summarisePeriod, type AccountWeeks, type PeriodSummary } from './period-summary.ts';
import { mondaysOfQuarter } from '../lib/dates.ts';
import type { Network } from '../schemas/common.ts';
import type { ContentPlanRow } from '../schemas/content-plan.ts';
import { datasetFindingOptions, findingOptions, periodFindings, type FindingOptions, type PeriodFinding } from './period-findings.ts';

export interface PeriodDigest {
	org: string;
	year: number;
	quarter: number;
	summary: PeriodSummary;
	/**
	 * Each reply stage with its deadline, the act and clause that set it (null for the default
	 * stages), and every reply's duration in hours. The act keeps organisations under different
	 * acts apart where the quarter pools their replies.
	 */
	stages: { stage: string; title: string; policy: string | null; clause: string | null; limitHours: number | null; durations: number[] }[];
	/** Month `yyyy-mm` → planned publications dated in it (all statuses). */
	planMonths: [string, number][];
	/** What the check found of the quarter, requirement by requirement, in public terms (engine/period-findings.ts). */
	findings: PeriodFinding[];
	/** This organisation's rows of the quarter's open-data statistics file (UTF-8, no header); absent without a statistics table. */
	csv?: Uint8Array<ArrayBuffer>;
	/**
	 * In the build's hand-off, where the check wrote those rows instead (csvRecord): only the process
	 * writing the quarter's file reads them, when it writes it. Held in every digest they were 667 MB
	 * of the 900 MB each Astro process read at 200,000 accounts, and half of it kept until the end.
	 */
	csvRecord?: RecordRef;
	/** Where the check wrote the quarter's content plan (encodePlanRows), in the hand-off folder. */
	planRecord?: RecordRef;
}

/** A record the check wrote beside the digests (src/lib/record-file.ts). */
export interface RecordRef {
	/** File name in the hand-off folder. */
	file: string;
	/** Where the record starts (RecordReader). */
	at: number;
}

/** Reads the records RecordRefs point to in the hand-off folder `dir`, keeping its files open. */
export function handedRecords(dir: string): { read<T>(ref: RecordRef): T; close(): void } {
	const reader = new RecordReader();
	return { read: (ref) => reader.read(join(dir, ref.file), ref.at), close: () => reader.close() };
}

const PLAN_FIELDS = 6;

/**
 * A quarter's content-plan rows as one flat list of strings, six a row ('' for a missing account or
 * network): 50,000 year pages at 200,000 accounts each re-read and re-validated four plan files,
 * about 1.5 ms a page (build budget, docs/benchmarks.md). The rows are those the check validated.
 */
export function encodePlanRows(rows: readonly ContentPlanRow[]): string[] {
	const flat: string[] = [];
	for (const row of rows) flat.push(row.date, row.account ?? '', row.network ?? '', row.topic, row.format, row.status);
	return flat;
}

/** The rows of encodePlanRows, read field by field: a year page decodes about 200 of them. */
export function decodePlanRows(flat: readonly string[]): ContentPlanRow[] {
	const rows: ContentPlanRow[] = [];
	for (let i = 0; i + PLAN_FIELDS <= flat.length; i += PLAN_FIELDS) {
		const account = flat[i + 1]!;
		const network = flat[i + 2]!;
		rows.push({
			date: flat[i]!,
			...(account ? { account } : {}),
			...(network ? { network: network as Network } : {}),
			topic: flat[i + 3]!,
			format: flat[i + 4] as ContentPlanRow['format'],
			status: flat[i + 5] as ContentPlanRow['status'],
		});
	}
	return rows;
}

const UTF8 = new TextEncoder();

/**
 * `csv: false` leaves the open-data rows out (a process that does not write that quarter's file).
 * `findings`: the check date and rule options the findings are judged with; by default the
 * dataset's own (site.asOf, compliance.yaml), which is what the check uses unless told a date.
 */
export function digestPeriod(
	dataset: Dataset,
	period: Period,
	options: { csv: boolean; findings?: FindingOptions } = { csv: true },
): PeriodDigest {
	const org = period.org.value.id;
	const months = new Map<string, number>();
	for (const { value } of period.plans?.rows ?? []) {
		const month = value.date.slice(0, 7);
		months.set(month, (months.get(month) ?? 0) + 1);
	}
	const digest: PeriodDigest = {
		org,
		year: period.year,
		quarter: period.quarter,
		summary: summarisePeriod(dataset, period),
		stages: stageDurations(dataset, period).map(({ stage, hours }) => ({
			stage: stage.stage,
			title: stage.title,
			policy: stage.policy,
			clause: stage.clause,
			limitHours: stage.hours,
			durations: hours,
		})),
		planMonths: [...months],
		findings: periodFindings(dataset, period, options.findings ?? datasetFindingOptions(dataset)),
	};
	if (period.stats && options.csv) {
		const networkOf = (account: string) => dataset.accounts.get(account)?.value.network;
		digest.csv = UTF8.encode(statsCsvRows({ org, rows: period.stats.rows.map((row) => row.value) }, networkOf));
	}
	return digest;
}

/** A digest's place in the site's order, its period's (eachPeriod). */
export const digestKey: (digest: PeriodDigest) => string = periodKey;

export const compareDigests = (a: PeriodDigest, b: PeriodDigest) => {
	const [x, y] = [digestKey(a), digestKey(b)];
	return x < y ? -1 : x > y ? 1 : 0;
};

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
		for (const stage of stages) shareStage(stage);
		for (const finding of findings) {
			finding.requirement = share(finding.requirement) as PeriodFinding['requirement'];
			finding.rule = share(finding.rule);
			finding.status = share(finding.status) as PeriodFinding['status'];
			if (finding.subject !== null) finding.subject = share(finding.subject);
			if (finding.policy !== null) finding.policy = share(finding.policy);
			if (finding.clause !== null) finding.clause = share(finding.clause);
		}
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
	const files = readdirSync(dir)
		.filter((name) => /^periods-\d+\.bin$/.test(name))
		.sort();
	if (!files.length) throw new Error(`${dir}: нет сводок кварталов (periods-*.bin)`);
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
 * Checks `groups` in `session`; with a `handoff` folder, writes a digest of every period it checks
 * there, one file per `thread`. The digests are computed on the public view of the dataset: the
 * check's holds internal data, which must never be handed to the site.
 */
export function checkPeriods(
	session: CheckSession,
	groups: readonly PeriodGroup[],
	handoff: { dir: string; thread: number } | undefined,
	progress?: (done: number, total: number) => void,
	claim?: Claim,
): void {
	if (!handoff) return session.checkPeriods(groups, progress, claim);
	const writer = new RecordWriter(join(handoff.dir, `periods-${handoff.thread}.bin`));
	const planFile = `plans-${handoff.thread}.bin`;
	const plans = new RecordWriter(join(handoff.dir, planFile));
	const csvFile = `csv-${handoff.thread}.bin`;
	const csv = new RecordWriter(join(handoff.dir, csvFile));
	const csvIndex: CsvIndex = { file: csvFile, entries: [] };
	const view = publicView(session.dataset);
	const findings = findingOptions(session.settings, session.today);
	session.onPeriod = (period) => {
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
	};
	try {
		session.checkPeriods(groups, progress, claim);
		const index = new RecordWriter(join(handoff.dir, `csv-index-${handoff.thread}.bin`));
		try {
			index.write(csvIndex);
		} finally {
			index.close();
		}
	} finally {
		session.onPeriod = undefined;
		writer.close();
		plans.close();
		csv.close();
	}
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
	const files = readdirSync(dir)
		.filter((name) => /^csv-index-\d+\.bin$/.test(name))
		.sort();
	if (!files.length) throw new Error(`${dir}: нет указателя строк открытых данных (csv-index-*.bin)`);
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
