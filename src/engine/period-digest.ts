/**
 * What the site keeps of one organisation's quarter, the quarterly tables themselves dropped: the
 * summary its pages show, the reply durations the quarter's percentiles pool, the months its content
 * plan covers, and its rows of the open-data statistics file. The site's statistics pass
 * (src/queries/stats.ts) is built from these alone.
 *
 * They are computed where the tables are read. `npm run build` has the check write them as it
 * checks (src/cli/check.ts --summaries), and every Astro process reads that file instead of
 * reading the 20.8 million rows of a national tree once more: about 150 s per process at 200,000
 * accounts (issue 3, build budget). Without the file the site computes them itself, the same way.
 */
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { statsCsvRows } from '../lib/opendata/stats-csv.ts';
import { readRecords, RecordWriter } from '../lib/record-file.ts';
import type { Dataset, Period } from './dataset-types.ts';
import type { CheckSession } from './session.ts';
import { stageDurations, summarisePeriod, type PeriodSummary } from './period-summary.ts';

export interface PeriodDigest {
	org: string;
	year: number;
	quarter: number;
	summary: PeriodSummary;
	/** Each reply stage with its deadline and every reply's duration in hours. */
	stages: { stage: string; title: string; limitHours: number | null; durations: number[] }[];
	/** Month `yyyy-mm` → planned publications dated in it (all statuses). */
	planMonths: [string, number][];
	/** This organisation's rows of the quarter's open-data statistics file (UTF-8, no header); absent without a statistics table. */
	csv?: Uint8Array<ArrayBuffer>;
}

const UTF8 = new TextEncoder();

/**
 * Internal data (staff contacts, security attestations) never goes into a digest: the check's
 * dataset has it, the site's does not, and a digest is handed to the site.
 */
export function publicView(dataset: Dataset): Dataset {
	return dataset.internal.size ? { ...dataset, internal: new Map() } : dataset;
}

/** `csv: false` leaves the open-data rows out (a process that does not write that quarter's file). */
export function digestPeriod(dataset: Dataset, period: Period, options: { csv: boolean } = { csv: true }): PeriodDigest {
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
		stages: stageDurations(dataset, period).map(({ stage, hours }) => ({ stage: stage.stage, title: stage.title, limitHours: stage.hours, durations: hours })),
		planMonths: [...months],
	};
	if (period.stats && options.csv) {
		const networkOf = (account: string) => dataset.accounts.get(account)?.value.network;
		digest.csv = UTF8.encode(statsCsvRows({ org, rows: period.stats.rows.map((row) => row.value) }, networkOf));
	}
	return digest;
}

/** The order the site handles periods in: by organisation, then quarter. */
export const digestKey = (digest: Pick<PeriodDigest, 'org' | 'year' | 'quarter'>) => `${digest.org}/${digest.year}-q${digest.quarter}`;

export const compareDigests = (a: PeriodDigest, b: PeriodDigest) => {
	const [x, y] = [digestKey(a), digestKey(b)];
	return x < y ? -1 : x > y ? 1 : 0;
};

/** One file per thread of the check, in `dir`. */
export function digestWriter(dir: string, thread: number): RecordWriter {
	return new RecordWriter(join(dir, `periods-${thread}.bin`));
}

/**
 * Every digest of `dir`, in digestKey order. `keepCsv(year, quarter)` says which quarters' open-data
 * rows to keep: each process of a shared build writes some of the files, and holds only their rows.
 */
export function readDigests(dir: string, keepCsv: (year: number, quarter: number) => boolean): PeriodDigest[] {
	const digests: PeriodDigest[] = [];
	const files = readdirSync(dir).filter((name) => /^periods-\d+\.bin$/.test(name)).sort();
	if (!files.length) throw new Error(`${dir}: нет сводок кварталов (periods-*.bin)`);
	for (const name of files) {
		for (const digest of readRecords<PeriodDigest>(join(dir, name))) {
			if (digest.csv && !keepCsv(digest.year, digest.quarter)) delete digest.csv;
			// Its own bytes: deserialised, it is a view of the whole record's.
			else if (digest.csv) digest.csv = digest.csv.slice();
			digests.push(digest);
		}
	}
	return digests.sort(compareDigests);
}

/** Has `session` write a digest of every period it checks into `dir`, as file `thread`; close it once the periods are checked. */
export function writeDigests(session: CheckSession, dir: string, thread: number): RecordWriter {
	const writer = digestWriter(dir, thread);
	let view: Dataset | undefined;
	session.onPeriod = (period) => writer.write(digestPeriod((view ??= publicView(session.dataset)), period));
	return writer;
}
