/**
 * What the site keeps of one organisation's quarter, the quarterly tables themselves dropped: the
 * summary its pages show, the reply durations the quarter's percentiles pool, the months its content
 * plan covers, and its rows of the open-data statistics file. The site's statistics pass
 * (src/queries/stats.ts) is built from these alone. In a build, the check writes each quarter's
 * content plan (planRecord) and open-data rows (csvRecord) beside them, read only by the pages and
 * the file that need them.
 *
 * They are computed where the tables are read. `npm run build` has the check write them as it
 * checks, through the hand-off writer's period sink (src/handoff/period-records.ts), and every
 * Astro process reads that file instead of reading every table once more: 0.7 s instead of 9.2 s
 * at 20,000 accounts (the build budget, docs/benchmarks.md).
 */
import { statsCsvRows } from '../lib/opendata/stats-csv.ts';
import type { Dataset, Period } from '../loaders/dataset-types.ts';
import { periodKey } from '../loaders/periods.ts';
import { stageDurations, summarisePeriod, type PeriodSummary } from './period-summary.ts';
import type { Network } from '../schemas/common.ts';
import type { ContentPlanRow } from '../schemas/content-plan.ts';
import { datasetFindingOptions, periodFindings, type FindingOptions, type PeriodFinding } from './period-findings.ts';

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
