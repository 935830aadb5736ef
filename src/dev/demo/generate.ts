/**
 * Demo data generator: (re)writes the committed demo tree under data/ — a fictional district that
 * follows a Khasyn-model procedure, plus one body under each of the other four acts.
 * Deterministic (seeded, fixed dates), so regenerating changes nothing unless this code changed.
 *
 *   npm exec -- node src/dev/demo/generate.ts [--out data]
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
	AccountSchema,
	ComplianceConfigSchema,
	ContentPlanRowSchema,
	InternalSchema,
	OrganisationSchema,
	ReplyLogRowSchema,
	SiteSchema,
	WeeklyStatsRowSchema,
} from '../../schemas/index.ts';
import { createRng, seedFrom } from '../shared/prng.ts';
import { buildAccounts, NumberPool } from './accounts.ts';
import { PLAN_COLUMNS, quarterActivity, STATS_COLUMNS } from './activity.ts';
import { districtBodies } from './district-bodies.ts';
import { districtInstitutions } from './district-institutions.ts';
import { internalRecord } from './internal.ts';
import { AS_OF, type DemoOrg } from './model.ts';
import { otherActOrgs } from './other-acts.ts';
import { REPLY_COLUMNS, replyLog } from './replies.ts';
import { DemoWriter } from './write.ts';

const SEED = 20261005;

export const demoOrgs: readonly DemoOrg[] = [...districtBodies, ...districtInstitutions, ...otherActOrgs];

const site = {
	name: 'Реестр официальных страниц Примерного муниципального района',
	operator: {
		name: 'Администрация Примерного муниципального района',
		website: 'https://primer-rayon.example',
		email: 'reestr@primer-rayon.example',
		phone: '+7 (49999) 2-10-01',
		address: '999100, Примерная область, Примерный район, рп. Примерный, ул. Советская, д. 12',
	},
	baseUrl: 'https://reestr.primer-rayon.example',
	policies: ['federal-baseline', 'khasyn-undated'],
	demo: true,
	asOf: AS_OF,
};

/** Writes the demo tree into `outDir` and returns the files written. */
export function generateDemo(outDir: string): string[] {
	// Only the generated subtrees are cleared: data/policies/ and the like belong to people.
	for (const sub of ['orgs', 'internal']) rmSync(join(outDir, sub), { recursive: true, force: true });
	const writer = new DemoWriter();
	writer.yaml(join(outDir, 'site.yaml'), SiteSchema, site, {
		policies:
			'Примерный район — вымышленный; его порядок ведения страниц повторяет порядок Хасынского муниципального округа (khasyn-undated), поверх федеральных требований',
	});
	writer.yaml(join(outDir, 'compliance.yaml'), ComplianceConfigSchema, { rules: {} });

	const pool = new NumberPool();
	for (const demo of demoOrgs) {
		const id = demo.record.id;
		const orgDir = join(outDir, 'orgs', id);
		const rng = (stream: string) => createRng(seedFrom(`${id}/${stream}`, SEED));
		writer.yaml(join(orgDir, 'org.yaml'), OrganisationSchema, demo.record);

		const accounts = buildAccounts(demo, rng('accounts'), pool);
		for (const account of accounts) {
			writer.yaml(join(orgDir, 'accounts', `${account.record.id}.yaml`), AccountSchema, account.record);
		}
		if (!accounts.some((a) => a.active)) continue;

		const activityRng = rng('activity');
		const repliesRng = rng('replies');
		for (const quarter of demo.quarters) {
			const stem = `${quarter.year}-q${quarter.quarter}.csv`;
			const { stats, plans } = quarterActivity(demo, accounts, quarter, activityRng);
			writer.csv(join(orgDir, 'stats', stem), WeeklyStatsRowSchema, STATS_COLUMNS, stats);
			writer.csv(join(orgDir, 'plans', stem), ContentPlanRowSchema, PLAN_COLUMNS, plans);
			// Reply logs cover the demo's current quarter only: that is where a reader looks for deadlines.
			const replies = quarter.year === 2026 ? replyLog(demo, accounts, quarter, repliesRng) : [];
			if (replies.length > 0) writer.csv(join(orgDir, 'replies', stem), ReplyLogRowSchema, REPLY_COLUMNS, replies);
		}
		writer.yaml(join(outDir, 'internal', `${id}.yaml`), InternalSchema, internalRecord(demo, accounts, rng('internal')));
	}
	return writer.files;
}

function parseArgs(argv: readonly string[]): { out: string } {
	const at = argv.indexOf('--out');
	if (at >= 0 && !argv[at + 1]) throw new Error('--out needs a directory');
	return { out: at >= 0 ? argv[at + 1]! : 'data' };
}

if (import.meta.main) {
	const { out } = parseArgs(process.argv.slice(2));
	if (!existsSync(out)) console.error(`creating ${out}`);
	const files = generateDemo(out);
	console.error(`wrote ${files.length} files to ${out}`);
}
