/**
 * Validates a data tree the way the loader will read it: every file by its path pattern against its
 * schema, plus the cross-file facts the layout promises (ids match names, accounts exist, weeks
 * belong to their quarter). Returns problems instead of throwing so a test can show all of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
import {
	AccountSchema,
	ComplianceConfigSchema,
	ContentPlanRowSchema,
	InternalSchema,
	OrganisationSchema,
	ReplyLogRowSchema,
	SiteSchema,
	WeeklyStatsRowSchema,
	type Account,
	type Internal,
	type Organisation,
	type WeeklyStatsRow,
} from '../../../src/schemas/index.ts';
import { addDays, quarterKey } from '../../../src/dev/shared/weeks.ts';

/** A plan row belongs to the quarter of its week's Monday (src/schemas/content-plan.ts). */
const mondayOf = (iso: string) => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));

export interface TreeReport {
	problems: string[];
	orgs: Organisation[];
	accounts: Account[];
	internals: Internal[];
	stats: (WeeklyStatsRow & { file: string })[];
	csvRows: Record<string, number>;
	files: string[];
}

export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

function readYaml(path: string): unknown {
	return load(readFileSync(path, 'utf8'), { schema: CORE_SCHEMA });
}

/** CSV cells as the tolerant reader hands them over: strings, empty cells absent. */
export function readCsv(path: string): Record<string, string>[] {
	const records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
	return records.map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== '')));
}

function canonicalText(text: string): string | undefined {
	if (text.startsWith('\uFEFF')) return 'starts with a BOM';
	if (text.includes('\r')) return 'has \\r line endings';
	if (!text.endsWith('\n')) return 'lacks a trailing newline';
	return undefined;
}

const SCHEMA_BY_FOLDER = { plans: ContentPlanRowSchema, stats: WeeklyStatsRowSchema, replies: ReplyLogRowSchema } as const;

/** Validates every file, or only those `sample` keeps (paths relative to the tree). */
export function validateTree(dir: string, sample: (path: string) => boolean = () => true): TreeReport {
	const report: TreeReport = { problems: [], orgs: [], accounts: [], internals: [], stats: [], csvRows: {}, files: [] };
	const check = <S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> | undefined => {
		const result = schema.safeParse(value);
		if (result.success) return result.data;
		report.problems.push(`${where}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
		return undefined;
	};
	for (const path of listFiles(dir)) {
		// `_` and `.` entries are not data, as for the loader (data/_schemas/: the editors' JSON Schema).
		if (path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
		// Nor is the inbox, where spreadsheets wait for `npm run inbox` (src/loaders/tree.ts).
		if (path.startsWith('inbox/')) continue;
		if (!sample(path)) continue;
		report.files.push(path);
		const full = join(dir, path);
		const text = readFileSync(full, 'utf8');
		const bad = canonicalText(text);
		if (bad) report.problems.push(`${path}: ${bad}`);
		let m: RegExpExecArray | null;
		if (path === 'site.yaml') check(SiteSchema, readYaml(full), path);
		else if (path === 'compliance.yaml') check(ComplianceConfigSchema, readYaml(full), path);
		else if ((m = /^orgs\/([^/]+)\/org\.yaml$/.exec(path))) {
			const org = check(OrganisationSchema, readYaml(full), path);
			if (org && org.id !== m[1]) report.problems.push(`${path}: id ${org.id} differs from its folder`);
			if (org) report.orgs.push(org);
		} else if ((m = /^orgs\/([^/]+)\/accounts\/([^/]+)\.yaml$/.exec(path))) {
			const account = check(AccountSchema, readYaml(full), path);
			if (account && (account.id !== m[2] || account.org !== m[1])) report.problems.push(`${path}: id/org differ from the path`);
			if (account) report.accounts.push(account);
		} else if ((m = /^orgs\/[^/]+\/(plans|stats|replies)\/(\d{4}-q[1-4])\.csv$/.exec(path))) {
			const folder = m[1] as keyof typeof SCHEMA_BY_FOLDER;
			const rows = readCsv(full);
			report.csvRows[folder] = (report.csvRows[folder] ?? 0) + rows.length;
			rows.forEach((row, i) => {
				const parsed = check(SCHEMA_BY_FOLDER[folder], row, `${path} row ${i + 2}`);
				const date = row.week_start ?? (row.date ? mondayOf(row.date) : undefined) ?? row.received?.slice(0, 10);
				if (date && quarterKey(date) !== m![2]) report.problems.push(`${path} row ${i + 2}: ${date} is outside ${m![2]}`);
				if (parsed && folder === 'stats') report.stats.push({ ...(parsed as WeeklyStatsRow), file: path });
			});
		} else if ((m = /^internal\/([^/]+)\.yaml$/.exec(path))) {
			const internal = check(InternalSchema, readYaml(full), path);
			if (internal && internal.org !== m[1]) report.problems.push(`${path}: org differs from the file name`);
			if (internal) report.internals.push(internal);
		} else report.problems.push(`${path}: not part of the data layout`);
	}
	return report;
}
