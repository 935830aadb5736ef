/**
 * Entries for the site's content collections, read with the same tree walker, parser and schemas
 * as the validator. Only public entities: organisations, accounts, policies, site. Internal data
 * (data/internal/) is never read here, so no page can render it .
 * Files that fail validation are skipped: `npm run check` runs first and reports them.
 */
import type { Account } from '../schemas/account.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Policy } from '../schemas/policy.ts';
import type { Site } from '../schemas/site.ts';
import type { Dataset } from './dataset-types.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from './dataset.ts';
import { readPublicSnapshot, type PublicSnapshot } from './public-snapshot.ts';
import { isSeries, walkFolder, walkTree, type SeriesEntry } from './tree.ts';

export interface PublicData {
	site: Site | undefined;
	orgs: Organisation[];
	accounts: Account[];
	policies: Policy[];
	/** The public tree's CSV files (stats, plans, replies), for the statistics queries. */
	series: SeriesEntry[];
	/** The same data as a Dataset, for engine helpers (policy views, account index). No internal data. */
	dataset: Dataset;
}

// One cache per process, not per module instance: Astro evaluates the content config and the
// pages in separate module graphs, and a module-level Map made every build read the tree twice.
const CACHE = Symbol.for('official-accounts-portal.publicData');
const cache: Map<string, PublicData> =
	((globalThis as Record<symbol, unknown>)[CACHE] as Map<string, PublicData> | undefined) ??
	((globalThis as Record<symbol, unknown>)[CACHE] = new Map<string, PublicData>());

/**
 * Reads the public part of the tree once per build (collections share it): from the snapshot the
 * build's check handed over (PORTAL_HANDOFF, src/loaders/public-snapshot.ts), else from the files.
 */
export function loadPublicData(dataDir: string): PublicData {
	const cached = cache.get(dataDir);
	if (cached) return cached;
	const handoff = process.env.PORTAL_HANDOFF;
	const { dataset, series } = (handoff && readPublicSnapshot(handoff, dataDir)) || readPublicTree(dataDir);
	const data: PublicData = {
		site: dataset.site?.value,
		orgs: [...dataset.orgs.values()].map((entry) => entry.value),
		accounts: [...dataset.accounts.values()].map((entry) => entry.value),
		policies: [...dataset.policies.values()].map((entry) => entry.value),
		series,
		dataset,
	};
	cache.set(dataDir, data);
	return data;
}

function readPublicTree(dataDir: string): PublicSnapshot {
	const entries = walkTree(dataDir).filter((entry) => entry.kind !== 'internal');
	return {
		dataset: loadDataset(dataDir, entries, { finding: () => {} }),
		series: entries.filter(isSeries),
	};
}

/**
 * The acts alone (presets and data/policies/), for the content layer. It runs before any page, so
 * reading the whole tree there made every Astro process wait for it at start (29 s at 200,000
 * accounts) before a second process of a shared build could safely start (src/cli/build.ts).
 */
export function loadPublicPolicies(dataDir: string): Policy[] {
	const cached = cache.get(dataDir);
	if (cached) return cached.policies;
	const entries = existsSync(join(dataDir, 'policies')) ? walkFolder(dataDir, ['policies']) : [];
	return [...loadDataset(dataDir, entries, { finding: () => {} }).policies.values()].map((entry) => entry.value);
}
