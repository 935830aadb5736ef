/**
 * The period digests the build's check writes (src/engine/period-digest.ts) are what the site would
 * compute from the tables itself, digest for digest, on one thread and on two; and no internal data
 * goes into them, though the check's dataset holds it .
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareDigests, decodePlanRows, digestKey, digestPeriod, encodePlanRows } from '../../../src/engine/period-digest.ts';
import { handedCsvRows, handedRecords, readDigests as eachDigest } from '../../../src/handoff/period-records.ts';
import { runCheck, runCheckAuto } from '../../../src/engine/run.ts';
import { handoffWriter } from '../../../src/handoff/writer.ts';
import { loadPublicData } from '../../../src/handoff/public-data.ts';
import { eachPeriod } from '../../../src/loaders/periods.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'portal-digests-'));
const every = () => true;
/**
 * The digests of a folder, in the order the site's pass would have computed them: the open-data
 * rows the check wrote beside them read back in (csvRecord), without where it wrote each plan (the
 * site computes none: it reads the files; see «plan records» below).
 */
function readDigests(dir: string, keepCsv: (year: number, quarter: number) => boolean) {
	const records = handedRecords(dir);
	const digests = [...eachDigest(dir, keepCsv)]
		.sort(compareDigests)
		.map(({ planRecord: _, csvRecord, ...digest }) => (csvRecord ? { ...digest, csv: records.read<Uint8Array>(csvRecord) } : digest));
	records.close();
	return digests;
}

describe('period digests written by the check', () => {
	const { dataset, series } = loadPublicData('data');
	const computed = [...eachPeriod(dataset, series)].map((period) => digestPeriod(dataset, period)).sort(compareDigests);

	it('the demo data has what a digest carries: summaries, reply durations, plan months, open-data rows', () => {
		expect(computed.length).toBeGreaterThan(5);
		expect(computed.some((d) => d.summary.accounts.length > 0)).toBe(true);
		expect(computed.some((d) => d.stages.some((stage) => stage.durations.length > 0))).toBe(true);
		expect(computed.some((d) => d.planMonths.length > 0)).toBe(true);
		expect(computed.some((d) => (d.csv?.length ?? 0) > 0)).toBe(true);
	});

	it('on one thread, are the digests the site computes from the tables', () => {
		const dir = folder();
		const result = runCheck({ dataDir: 'data', hooks: handoffWriter(dir, 'data') });
		expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
		expect(readDigests(dir, every)).toEqual(computed);
	});

	it('on two threads, the same, from one file per thread', async () => {
		const dir = folder();
		await runCheckAuto({ dataDir: 'data', threads: 2, minFiles: 0, hooks: handoffWriter(dir, 'data') });
		expect(readdirSync(dir).sort()).toEqual([
			'csv-0.bin',
			'csv-1.bin',
			'csv-index-0.bin',
			'csv-index-1.bin',
			'handoff.json',
			'lookup',
			'lookup-config.json',
			'periods-0.bin',
			'periods-1.bin',
			'plans-0.bin',
			'plans-1.bin',
			'public-data.bin',
		]);
		expect(readDigests(dir, every)).toEqual(computed);
	});

	it('point to the plan rows the check validated, which the plan pages read instead of the files (plan records)', async () => {
		const dir = folder();
		await runCheckAuto({ dataDir: 'data', threads: 2, minFiles: 0, hooks: handoffWriter(dir, 'data') });
		const plans = new Map(
			[...eachPeriod(dataset, series)].map((period) => [
				`${period.org.value.id}/${period.year}/${period.quarter}`,
				period.plans?.rows.map((row) => row.value) ?? [],
			]),
		);
		const records = handedRecords(dir);
		let withPlans = 0;
		for (const digest of eachDigest(dir, every)) {
			const rows = plans.get(`${digest.org}/${digest.year}/${digest.quarter}`)!;
			if (!digest.planRecord) {
				expect(rows).toEqual([]);
				continue;
			}
			withPlans++;
			expect(decodePlanRows(records.read<string[]>(digest.planRecord))).toEqual(rows);
		}
		records.close();
		expect(withPlans).toBeGreaterThan(3);
	});

	it('encode plan rows with and without an account or a network', () => {
		const rows = [
			{ date: '2025-01-06', account: 'a-vk', topic: 'Тема, с запятой', format: 'video', status: 'planned' },
			{ date: '2025-01-07', network: 'ok', topic: '', format: 'text', status: 'cancelled' },
		] as const;
		expect(decodePlanRows(encodePlanRows(rows as never))).toEqual(rows);
	});

	it.each([1, 2])(
		'list where the open-data rows of every period are, for the process that writes the files (csv index), on %i thread(s)',
		async (threads) => {
			const dir = folder();
			await runCheckAuto({ dataDir: 'data', threads, minFiles: 0, hooks: handoffWriter(dir, 'data') });
			const records = handedRecords(dir);
			const listed = [...handedCsvRows(dir)].map(({ key, year, quarter, ref }) => ({
				key,
				year,
				quarter,
				csv: records.read<Uint8Array>(ref),
			}));
			records.close();
			const expected = computed.filter((d) => d.csv).map((d) => ({ key: digestKey(d), year: d.year, quarter: d.quarter, csv: d.csv }));
			expect(expected.length).toBeGreaterThan(5);
			expect(listed.sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(expected);
		},
	);

	it('from a folder the check did not finish (no manifest), reading the csv index fails with a message naming the folder', () => {
		const dir = folder();
		expect(() => [...handedCsvRows(dir)]).toThrow(`${dir}/handoff.json: нет манифеста передачи данных`);
	});

	it('keep the open-data rows of the quarters asked for only', () => {
		const dir = folder();
		runCheck({ dataDir: 'data', hooks: handoffWriter(dir, 'data') });
		const [year, quarter] = [computed[0]!.year, computed[0]!.quarter];
		const kept = readDigests(dir, (y, q) => y === year && q === quarter);
		expect(kept.filter((d) => d.csv).every((d) => d.year === year && d.quarter === quarter)).toBe(true);
		expect(kept.some((d) => d.csv)).toBe(true);
		expect(kept.map(({ csv: _, ...rest }) => rest)).toEqual(computed.map(({ csv: _, ...rest }) => rest));
	});

	it('carry no internal data, though the check reads it', () => {
		const SENTINELS = ['SENTINEL-STAFF-9b2e', 'SENTINEL-ATTEST-9b2e', 'sentinel-9b2e@sentinel.example'];
		const copy = join(folder(), 'data');
		cpSync('data', copy, { recursive: true });
		const internal = join(copy, 'internal');
		for (const file of readdirSync(internal).filter((name) => name.endsWith('.yaml'))) {
			const doc = parse(readFileSync(join(internal, file), 'utf8')) as {
				org: string;
				staff?: unknown[];
				security?: Record<string, unknown>;
			};
			const account = dataset.accountsByOrg.get(doc.org)?.[0]?.value.id;
			doc.staff = [
				...(doc.staff ?? []),
				{ position: 'Инженер', name: SENTINELS[0], email: SENTINELS[2], phone: '+7 (900) 731-73-37', accounts: account ? [account] : [] },
			];
			if (account)
				doc.security = {
					...(doc.security ?? {}),
					[account]: { twoFactor: false, attested: dataset.site!.value.asOf, attestedBy: SENTINELS[1] },
				};
			writeFileSync(join(internal, file), stringify(doc));
		}
		const dir = folder();
		const result = runCheck({ dataDir: copy, hooks: handoffWriter(dir, copy) });
		// The check did read them: it reports the second factor the planted attestations turn off.
		expect(result.findings.some((f) => f.ruleId === 'security-attestation' && f.message.includes('двухфакторная'))).toBe(true);
		// Every file of the hand-off, the link-check shards among them (src/handoff/lookup-shards.ts).
		const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
		expect(files.some((entry) => entry.parentPath.endsWith('lookup'))).toBe(true);
		const written = files.map((entry) => readFileSync(join(entry.parentPath, entry.name)).toString('latin1')).join('');
		expect(written).toContain(computed[0]!.org);
		for (const sentinel of SENTINELS) expect(written).not.toContain(Buffer.from(sentinel).toString('latin1'));
	});
});
