/**
 * The public data the site is built from, read once per process: from the hand-off the check wrote
 * (its manifest checked first: src/handoff/manifest.ts), or, for the tools that read a tree
 * without a build (`npm run lookup`, the tests' expectations), from the files with the
 * validator's own walker, parser and schemas. Only public entities: internal data
 * (data/internal/) is never read here, so no page can render it. Files that fail validation are
 * skipped: the check reports them.
 */
import type { Account } from '../schemas/account.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Policy } from '../schemas/policy.ts';
import type { Site } from '../schemas/site.ts';
import type { Dataset } from '../loaders/dataset-types.ts';
import { loadDataset } from '../loaders/dataset.ts';
import { isSeries, walkTree } from '../loaders/tree.ts';
import { entryOf, readManifest } from './manifest.ts';
import { readPublicSnapshot, SNAPSHOT_FILE, type PublicSnapshot } from './public-snapshot.ts';

export interface PublicData {
	site: Site | undefined;
	orgs: Organisation[];
	accounts: Account[];
	policies: Policy[];
	/** The public tree's CSV files (stats, plans, replies), for the statistics queries. */
	series: PublicSnapshot['series'];
	/** The same data as a Dataset, for engine helpers (policy views, account index). No internal data. */
	dataset: Dataset;
}

// One cache per process, not per module instance: Astro evaluates the content config and the
// pages in separate module graphs, and a module-level Map made every build read the data twice.
const CACHE = Symbol.for('official-accounts-portal.publicData');
const cache: Map<string, PublicData> =
	((globalThis as Record<symbol, unknown>)[CACHE] as Map<string, PublicData> | undefined) ??
	((globalThis as Record<symbol, unknown>)[CACHE] = new Map<string, PublicData>());

/**
 * The public data of `dataDir`: from the hand-off folder `handoff` when given (a HandoffError if
 * its manifest is missing, names another tree or does not match its files), else from the tree.
 */
export function loadPublicData(dataDir: string, handoff?: string): PublicData {
	const key = `${handoff ?? ''}\0${dataDir}`;
	const cached = cache.get(key);
	if (cached) return cached;
	const { dataset, series } = handoff ? readHandedData(handoff, dataDir) : readPublicTree(dataDir);
	const data: PublicData = {
		site: dataset.site?.value,
		orgs: [...dataset.orgs.values()].map((entry) => entry.value),
		accounts: [...dataset.accounts.values()].map((entry) => entry.value),
		policies: [...dataset.policies.values()].map((entry) => entry.value),
		series,
		dataset,
	};
	cache.set(key, data);
	return data;
}

function readHandedData(handoff: string, dataDir: string): PublicSnapshot {
	entryOf(handoff, readManifest(handoff, dataDir), SNAPSHOT_FILE);
	return readPublicSnapshot(handoff);
}

/** The public part of the tree, read from its files as the check reads them. */
export function readPublicTree(dataDir: string): PublicSnapshot {
	const entries = walkTree(dataDir).filter((entry) => entry.kind !== 'internal');
	return {
		dataset: loadDataset(dataDir, entries, { finding: () => {} }),
		series: entries.filter(isSeries),
	};
}
