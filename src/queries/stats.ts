/**
 * Data of the statistics pages, computed once per build from each organisation's quarter as a
 * digest (engine/period-digest.ts: its summary, reply durations, plan months, open-data rows), the
 * tables themselves never held: only summaries (a few numbers per account and week) and
 * per-quarter aggregates stay. The check has written the digests into its hand-off (src/handoff/).
 */
import type { PeriodSummary, StageTimes } from '../engine/period-summary.ts';
import type { PeriodFinding } from '../engine/period-findings.ts';
import { digestKey, type PeriodDigest, type RecordRef } from '../engine/period-digest.ts';
import { handedCsvRows, handedRecords, readDigests } from '../handoff/period-records.ts';
import type { PublicData } from '../handoff/public-data.ts';
import { NetworkSchema, type Network } from '../schemas/common.ts';
import { cite } from '../policies/cite.ts';
import { t } from '../i18n/index.ts';
import { networkName, type Level } from '../lib/period-labels.ts';
import { pageSlices } from '../lib/paginate.ts';
import { planIndexBuilder, type PlanIndex } from './plan-index.ts';
import { byOrgName } from './org-order.ts';
import { statsCsvHeader } from '../lib/opendata/index.ts';
import { toExcelCsv, UTF8_BOM } from '../lib/csv/excel.ts';
import { handoffDir, publicData } from './site.ts';
import { rendersOpenData, shardPaths } from '../lib/shard.ts';

/** Reply times of one stage pooled over every organisation of a quarter: the engine's shape. */
export type PooledStage = StageTimes;

export interface OrgQuarter {
	org: string;
	/** Short name, for tables and headings. */
	name: string;
	summary: PeriodSummary;
	/** Account-weeks with a minimum, and those that met it. */
	weeksDue: number;
	weeksMet: number;
	/** The same, by the level of each account's minimum: a recommended quota missed is no breach. */
	byLevel: Record<Level, { due: number; met: number }>;
	/** What the check found, requirement by requirement (engine/period-findings.ts). */
	findings: PeriodFinding[];
	/** The longest run of weeks none of its pages published in, when it flags the body as dormant. */
	dormant: { weeks: number; from: string; to: string } | null;
}

export { LEVELS, type Level } from '../lib/period-labels.ts';

export interface QuarterStats {
	slug: string;
	year: number;
	quarter: number;
	weeks: readonly string[];
	orgs: OrgQuarter[];
	/** Per week: accounts with a minimum / that met it; organisations with one / where every account met it. */
	accountsDue: number[];
	accountsMet: number[];
	orgsDue: number[];
	orgsMet: number[];
	/** Per level of the account's minimum, per week: accounts with that minimum / that met it. */
	accountsByLevel: Record<Level, { due: number[]; met: number[] }>;
	/** Accounts the quarter's summaries cover (with a row or a minimum), by network. */
	networks: { network: Network; accounts: number }[];
	/** Reply times act by act: each act's own stages and deadlines, the default stages (policy null) apart. */
	replies: ReplyGroup[];
}

/** One act's reply stages pooled over the quarter's organisations under it. */
export interface ReplyGroup {
	/** The act that sets the stages and deadlines; null for the default stages, which have none. */
	policy: string | null;
	stages: PooledStage[];
}

export const quarterSlug = (year: number, quarter: number) => `${year}-q${quarter}`;

// --- Reply times ------------------------------------------------------------------------------
// Percentiles cannot be averaged across organisations, so the quarter's median and 90th percentile
// are computed from every reply. Durations go into a histogram of whole minutes (timestamps carry
// minutes), which stays small however many replies there are.
interface StagePool {
	/** Where the stage first appears (digest key, place in it): the table lists stages in that order. */
	first: [string, number];
	stage: string;
	title: string;
	policy: string | null;
	clause: string | null;
	limitHours: number | null;
	count: number;
	late: number;
	minutes: Map<number, number>;
}

function poolReplies(pools: Map<string, StagePool>, digest: PeriodDigest): void {
	digest.stages.forEach((stage, index) => {
		// Organisations under different acts may share a stage id with different deadlines: kept apart,
		// and grouped by act when the quarter is finished.
		const key = `${stage.policy}|${stage.stage}|${stage.title}|${stage.limitHours}`;
		const first: [string, number] = [digestKey(digest), index];
		let pool = pools.get(key);
		if (!pool)
			pools.set(
				key,
				(pool = {
					first,
					stage: stage.stage,
					title: stage.title,
					policy: stage.policy,
					clause: stage.clause,
					limitHours: stage.limitHours,
					count: 0,
					late: 0,
					minutes: new Map(),
				}),
			);
		else if (compareFirst(first, pool.first) < 0) pool.first = first;
		for (const took of stage.durations) {
			pool.count++;
			if (stage.limitHours !== null && took > stage.limitHours) pool.late++;
			const minutes = Math.round(took * 60);
			pool.minutes.set(minutes, (pool.minutes.get(minutes) ?? 0) + 1);
		}
	});
}

const compareFirst = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);

/** Nearest-rank percentile over a histogram, the same definition as the engine's percentile(). */
function histogramPercentile(histogram: Map<number, number>, total: number, p: number): number | null {
	if (!total) return null;
	const rank = Math.min(total, Math.max(1, Math.ceil((p / 100) * total)));
	let seen = 0;
	for (const minutes of [...histogram.keys()].sort((a, b) => a - b)) {
		seen += histogram.get(minutes)!;
		if (seen >= rank) return minutes / 60;
	}
	return null;
}

// --- Aggregation ------------------------------------------------------------------------------

interface QuarterBuilder {
	stats: QuarterStats;
	networks: Map<Network, number>;
	pools: Map<string, StagePool>;
}

function newQuarter(year: number, quarter: number, weeks: readonly string[]): QuarterBuilder {
	const zeros = () => weeks.map(() => 0);
	return {
		stats: {
			slug: quarterSlug(year, quarter),
			year,
			quarter,
			weeks,
			orgs: [],
			accountsDue: zeros(),
			accountsMet: zeros(),
			orgsDue: zeros(),
			orgsMet: zeros(),
			accountsByLevel: { required: { due: zeros(), met: zeros() }, recommended: { due: zeros(), met: zeros() } },
			networks: [],
			replies: [],
		},
		networks: new Map(),
		pools: new Map(),
	};
}

function addPeriod(builder: QuarterBuilder, summary: PeriodSummary, findings: PeriodFinding[] = []): void {
	const { stats } = builder;
	let weeksDue = 0;
	let weeksMet = 0;
	stats.weeks.forEach((_, week) => {
		let due = 0;
		let met = 0;
		for (const account of summary.accounts) {
			const minimum = account.minimum[week];
			if (minimum === null || minimum === undefined) continue;
			due++;
			const byLevel = stats.accountsByLevel[account.basis?.level ?? 'required'];
			byLevel.due[week]!++;
			if ((account.posts[week] ?? 0) >= minimum) {
				met++;
				byLevel.met[week]!++;
			}
		}
		stats.accountsDue[week]! += due;
		stats.accountsMet[week]! += met;
		if (due) {
			stats.orgsDue[week]!++;
			if (met === due) stats.orgsMet[week]!++;
		}
	});
	const byLevel: OrgQuarter['byLevel'] = { required: { due: 0, met: 0 }, recommended: { due: 0, met: 0 } };
	for (const account of summary.accounts) {
		weeksDue += account.weeksDue;
		weeksMet += account.weeksMet;
		const level = byLevel[account.basis?.level ?? 'required'];
		level.due += account.weeksDue;
		level.met += account.weeksMet;
		builder.networks.set(account.network, (builder.networks.get(account.network) ?? 0) + 1);
	}
	const silent = findings.find((f) => f.requirement === 'dormant' && f.status === 'missed');
	const dormant = silent?.from && silent.to ? { weeks: silent.part, from: silent.from, to: silent.to } : null;
	stats.orgs.push({ org: summary.org, name: summary.org, summary, weeksDue, weeksMet, byLevel, findings, dormant });
}

function finish(builder: QuarterBuilder, data: PublicData): QuarterStats {
	const { stats } = builder;
	for (const org of stats.orgs) org.name = data.dataset.orgs.get(org.org)?.value.shortName ?? org.org;
	stats.orgs.sort(byOrgName);
	stats.networks = NetworkSchema.options
		.filter((network) => builder.networks.has(network))
		.map((network) => ({ network, accounts: builder.networks.get(network)! }));
	const groups = new Map<string | null, ReplyGroup>();
	for (const pool of [...builder.pools.values()].sort((a, b) => compareFirst(a.first, b.first))) {
		if (!pool.count) continue;
		let group = groups.get(pool.policy);
		if (!group) groups.set(pool.policy, (group = { policy: pool.policy, stages: [] }));
		group.stages.push({
			stage: pool.stage,
			title: pool.title,
			policy: pool.policy,
			clause: pool.clause,
			limitHours: pool.limitHours,
			count: pool.count,
			late: pool.late,
			medianHours: histogramPercentile(pool.minutes, pool.count, 50),
			p90Hours: histogramPercentile(pool.minutes, pool.count, 90),
		});
	}
	// Acts first, in the order they first appear; the stages no act sets deadlines for last.
	stats.replies = [...groups.values()].sort((a, b) => Number(a.policy === null) - Number(b.policy === null));
	return stats;
}

let cache: QuarterStats[] | undefined;

/**
 * A quarter's open-data rows, organisation by organisation, in the order its file lists them: by
 * digest key. The one order for both writers (quarterStatsCsv, handedQuarterFiles).
 */
function inFileOrder<T>(rows: [key: string, rows: T][]): T[] {
	return rows.sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, value]) => value);
}
/**
 * Per quarter slug: the open-data CSV's rows, organisation by organisation (src/lib/opendata): where
 * the build's check wrote them (RecordRef), or else as UTF-8 bytes. Never strings: 10 million rows
 * as strings (670 MB at 200,000 accounts) made the rest of the build collect garbage a third of
 * its time (build budget, docs/benchmarks.md).
 */
const csvRows = new Map<string, (Uint8Array<ArrayBuffer> | RecordRef)[]>();
const UTF8 = new TextEncoder();

/**
 * Every quarter with data, newest first. One pass over the periods per build, which also collects
 * the open-data rows and the content-plan index: a second pass re-read every table, 16 s a quarter
 * at 200,000 accounts. Nothing here depends on the order the digests come in (the check's threads
 * write theirs side by side), and none is kept beyond its summary and open-data rows.
 */
export function getQuarters(): QuarterStats[] {
	if (cache) return cache;
	const data = publicData();
	const builders = new Map<string, QuarterBuilder>();
	const plans = planIndexBuilder(data.series);
	// Rows of the open-data files this process writes: a process of a shared build writes some of them.
	const written = new Set(shardPaths(statsFilePaths()).map((path) => path.params.quarter));
	const rows = new Map<string, [string, Uint8Array<ArrayBuffer> | RecordRef][]>();
	for (const digest of readDigests(handoffDir(), (year, quarter) => written.has(quarterSlug(year, quarter)))) {
		plans.add(digest, data.dataset.orgs.get(digest.org)?.value.shortName ?? digest.org);
		const slug = quarterSlug(digest.year, digest.quarter);
		const csv = digest.csv ?? digest.csvRecord;
		if (csv) {
			const chunks = rows.get(slug) ?? [];
			chunks.push([digestKey(digest), csv]);
			rows.set(slug, chunks);
		}
		let builder = builders.get(slug);
		if (!builder) builders.set(slug, (builder = newQuarter(digest.year, digest.quarter, digest.summary.weeks)));
		addPeriod(builder, digest.summary, digest.findings);
		poolReplies(builder.pools, digest);
	}
	for (const [slug, chunks] of rows) csvRows.set(slug, inFileOrder(chunks));
	cache = [...builders.values()].map((builder) => finish(builder, data)).sort((a, b) => (a.slug < b.slug ? 1 : -1));
	planIndex = plans.finish();
	return cache;
}

let planIndex: PlanIndex | undefined;

/** The content-plan index, counted in the same pass (src/queries/plan-index.ts). */
export function planIndexOfPass(): PlanIndex {
	getQuarters();
	return planIndex!;
}

export interface StatsFile {
	slug: string;
	year: number;
	quarter: number;
	file: string;
}

/** The quarterly open-data statistics files (/opendata/stats-<slug>.csv), newest first. */
export function statsFiles(): StatsFile[] {
	const seen = new Map<string, StatsFile>();
	for (const entry of publicData().series) {
		if (entry.series !== 'stats') continue;
		const slug = quarterSlug(entry.year, entry.quarter);
		if (!seen.has(slug)) seen.set(slug, { slug, year: entry.year, quarter: entry.quarter, file: `stats-${slug}.csv` });
	}
	return [...seen.values()].sort((a, b) => (a.slug < b.slug ? 1 : -1));
}

/**
 * Paths of src/pages/opendata/stats-[quarter].csv.ts; none in `npm run build`'s Astro processes,
 * whose open-data files another process writes (src/lib/shard.ts, rendersOpenData).
 */
export function statsFilePaths() {
	if (!rendersOpenData()) return [];
	return statsFiles().map((file) => ({ params: { quarter: file.slug } }));
}

/**
 * Each quarter's open-data statistics file as the build writes it outside Astro
 * (src/cli/write-opendata.ts): its header, then where the check wrote each organisation's rows, in
 * the order quarterStatsCsv() gives them. Read from the check's index of those rows
 * (handedCsvRows), not from the digests.
 */
export function handedQuarterFiles(handoff: string): { file: StatsFile; header: Uint8Array; rows: RecordRef[] }[] {
	const bySlug = new Map<string, [string, RecordRef][]>();
	for (const { key, year, quarter, ref } of handedCsvRows(handoff)) {
		const slug = quarterSlug(year, quarter);
		const rows = bySlug.get(slug) ?? [];
		rows.push([key, ref]);
		bySlug.set(slug, rows);
	}
	const header = UTF8.encode(statsCsvHeader());
	return statsFiles().map((file) => ({
		file,
		header,
		rows: inFileOrder(bySlug.get(file.slug) ?? []),
	}));
}

/**
 * The quarter's open-data statistics file, header included, as a stream of UTF-8 chunks: written
 * as it is kept, without first joining 170 MB (a quarter at 200,000 accounts) into one more copy.
 */
export function quarterStatsCsv(slug: string): ReadableStream<Uint8Array> {
	getQuarters();
	const chunks = [UTF8.encode(statsCsvHeader()), ...(csvRows.get(slug) ?? [])];
	const records = handedRecords(handoffDir());
	// An index, not chunks.shift(): 50,000 chunks at 200,000 accounts, and shifting them took 3.6 s a file.
	let next = 0;
	return new ReadableStream({
		pull(controller) {
			const chunk = chunks[next++];
			if (chunk === undefined) {
				records.close();
				return controller.close();
			}
			if (chunk instanceof Uint8Array) return controller.enqueue(chunk);
			controller.enqueue(records.read<Uint8Array<ArrayBuffer>>(chunk));
		},
	});
}

/**
 * Chunks of CSV text as the spreadsheet copy (src/lib/csv/excel.ts): the BOM before the first. Each
 * chunk holds whole lines (a header, or one organisation's rows of a quarter).
 */
export function excelChunks(chunks: Iterable<Uint8Array>): Generator<Uint8Array> {
	return (function* () {
		const text = new TextDecoder();
		let first = true;
		for (const chunk of chunks) {
			yield UTF8.encode((first ? UTF8_BOM : '') + toExcelCsv(text.decode(chunk)));
			first = false;
		}
	})();
}

/**
 * The statistics set's data file (/opendata/<set>/data-….csv): one header, then every quarter's
 * rows, oldest quarter first, in the order of the quarterly files; `excel` gives its spreadsheet
 * copy. Streamed as quarterStatsCsv is.
 */
export function statsSetCsv(excel: boolean): ReadableStream<Uint8Array> {
	getQuarters();
	const records = handedRecords(handoffDir());
	const slugs = statsFiles()
		.map((file) => file.slug)
		.reverse();
	function* raw(): Generator<Uint8Array> {
		yield UTF8.encode(statsCsvHeader());
		for (const slug of slugs) {
			for (const chunk of csvRows.get(slug) ?? []) {
				if (chunk instanceof Uint8Array) yield chunk;
				else yield records.read<Uint8Array<ArrayBuffer>>(chunk);
			}
		}
	}
	const chunks = excel ? excelChunks(raw()) : raw();
	return new ReadableStream({
		pull(controller) {
			const next = chunks.next();
			if (next.done) {
				records.close();
				return controller.close();
			}
			controller.enqueue(next.value);
		},
	});
}

export function getQuarter(slug: string): QuarterStats {
	const quarter = getQuarters().find((q) => q.slug === slug);
	if (!quarter) throw new Error(`нет статистики за ${slug}`);
	return quarter;
}

/** Organisations per page of a quarter's table, as in the registry. */
export const ORGS_PER_PAGE = 100;

/** /statistika/<quarter>/ (the overview and the first organisations), then /statistika/<quarter>/<n>/. */
export function quarterPagePaths() {
	return getQuarters().flatMap((q) =>
		pageSlices(q.orgs, ORGS_PER_PAGE).map((slice) => ({
			params: { quarter: q.slug, page: slice.page === 1 ? undefined : String(slice.page) },
			props: { slice },
		})),
	);
}

/** Organisations with statistics for at least one quarter: one statistics page each. */
export function orgStatsPaths() {
	return [...quartersByOrg().keys()].map((id) => ({ params: { id } }));
}

let byOrg: Map<string, { quarter: QuarterStats; org: OrgQuarter }[]> | undefined;

/** Each organisation's quarters, newest first, indexed once (a page must not scan every organisation). */
function quartersByOrg(): Map<string, { quarter: QuarterStats; org: OrgQuarter }[]> {
	if (byOrg) return byOrg;
	byOrg = new Map();
	for (const quarter of getQuarters()) {
		for (const org of quarter.orgs) {
			const list = byOrg.get(org.org);
			if (list) list.push({ quarter, org });
			else byOrg.set(org.org, [{ quarter, org }]);
		}
	}
	return byOrg;
}

export interface AccountInfo {
	id: string;
	/** «Название — ВКонтакте»: names repeat across networks, the network tells them apart. */
	label: string;
	/** «обязательный минимум, п. 6 постановления …», or null when no act sets one. */
	basis: string | null;
}

export interface OrgQuarterView {
	quarter: QuarterStats;
	org: OrgQuarter;
	accounts: AccountInfo[];
}

/**
 * One organisation's quarters, newest first, with what its statistics page shows besides numbers:
 * names and citations. One page per organisation rather than per organisation and quarter: at
 * 20,000 accounts the latter were 20,000 pages and a third of the build (build budget, docs/benchmarks.md).
 */
export function getOrgStats(orgId: string): OrgQuarterView[] {
	const quarters = quartersByOrg().get(orgId);
	if (!quarters) throw new Error(`нет статистики организации ${orgId}`);
	const { dataset } = publicData();
	return quarters.map(({ quarter, org }) => ({
		quarter,
		org,
		accounts: org.summary.accounts.map((weeks): AccountInfo => {
			const account = dataset.accounts.get(weeks.account)?.value;
			const policy = weeks.basis ? dataset.policies.get(weeks.basis.policy)?.value : undefined;
			const basis = weeks.basis && policy ? t(`stats.basis.${weeks.basis.level}`, { citation: cite(policy, weeks.basis.clause) }) : null;
			return {
				id: weeks.account,
				label: t('stats.accountLabel', { name: account?.name ?? weeks.account, network: networkName(weeks.network) }),
				basis,
			};
		}),
	}));
}

/** The organisation's statistics for one quarter, if it has any. */
export function orgQuarter(orgId: string, slug: string): QuarterStats | undefined {
	return quartersByOrg()
		.get(orgId)
		?.find((entry) => entry.quarter.slug === slug)?.quarter;
}

// --- Presentation helpers shared by the statistics components ------------------------------------
// The wording of periods and shares is in src/lib/period-labels.ts, the pages' addresses in
// src/lib/site-paths.ts, where components can import them; re-exported for the pages and queries.
export {
	levelsOf,
	levelWord,
	monthLabel,
	networkName,
	percent,
	quarterLabel,
	share,
	sharesByLevel,
	weekLabel,
	weekTick,
} from '../lib/period-labels.ts';
export { orgStatsHref, quarterPageHref } from '../lib/site-paths.ts';

/** What a reply-times figure says of the act behind a group of stages. */
export interface ReplyAct {
	/** For element ids: the act's id, or «none». */
	key: string;
	/** «постановления Администрации Лямбирского муниципального района от 17.03.2020 № 224», or null. */
	shortTitle: string | null;
	/** Per stage of the group, the clause label that sets its deadline («разд. 3, п. 11»), or null. */
	clauses: (string | null)[];
}

export function replyAct(group: { policy: string | null; stages: readonly { clause: string | null }[] }): ReplyAct {
	const policy = group.policy === null ? undefined : publicData().dataset.policies.get(group.policy)?.value;
	const label = (clause: string | null) =>
		policy && clause !== null ? (policy.clauses.find((c) => c.id === clause)?.label ?? clause) : null;
	return {
		key: group.policy ?? 'none',
		shortTitle: policy?.shortTitle ?? group.policy,
		clauses: group.stages.map((stage) => label(stage.clause)),
	};
}

/** A group of reply stages with what its figure says of the act behind it (replyAct). */
export interface ActReplyGroup extends ReplyGroup {
	act: ReplyAct;
}

/** Each group with its act, for the reply-time figures of src/components/reply-figures.ts. */
export function withActs(groups: readonly ReplyGroup[]): ActReplyGroup[] {
	return groups.map((group) => ({ ...group, act: replyAct(group) }));
}

/** An organisation's reply stages as groups (its quarter has one act's stages, or the default ones). */
export function replyGroups(stages: readonly StageTimes[]): ReplyGroup[] {
	const groups = new Map<string | null, ReplyGroup>();
	for (const stage of stages) {
		if (!stage.count) continue;
		const group = groups.get(stage.policy) ?? { policy: stage.policy, stages: [] };
		group.stages.push(stage);
		groups.set(stage.policy, group);
	}
	return [...groups.values()];
}
