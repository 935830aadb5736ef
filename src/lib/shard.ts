/**
 * Shares of a build. Astro renders on one core; at national scale `npm run build` runs several Astro
 * processes, each rendering every n-th path of every dynamic route into its own folder, and merges
 * the folders (src/cli/build.ts; build budget). PORTAL_SHARD="k/n" (0 ≤ k < n) names this
 * process's share; unset, a build renders every path.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { buildEnv, VARIABLES } from './build-env.ts';

export interface Shard {
	index: number;
	count: number;
}

/** `"1/2"` → { index: 1, count: 2 }; undefined for no share. A malformed value is a wiring error. */
export function parseShard(spec: string | undefined): Shard | undefined {
	if (spec === undefined || spec === '') return undefined;
	const match = /^(\d+)\/(\d+)$/.exec(spec);
	const index = Number(match?.[1]);
	const count = Number(match?.[2]);
	if (!match || count < 1 || index >= count) throw new Error(`${VARIABLES.shard}="${spec}": ожидается «k/n», 0 ≤ k < n`);
	return { index, count };
}

const listingAll = new AsyncLocalStorage<true>();

/** Runs `list` seeing every path of every route, whatever the share: the sitemap lists the whole site. */
export function everyPath<T>(list: () => T): T {
	return listingAll.run(true, list);
}

/**
 * The paths of a route this process renders: all of them, or every n-th. Every dynamic route's
 * getStaticPaths goes through here (a meta test holds them to it), so the shares cover the site.
 */
export function shardPaths<T>(paths: readonly T[], shard = parseShard(buildEnv().shard)): T[] {
	if (!shard || shard.count === 1 || listingAll.getStore()) return [...paths];
	return paths.filter((_, i) => i % shard.count === shard.index);
}

/**
 * Set by `npm run build` for its Astro processes: the open-data files (/opendata/*.csv, *.json) are
 * written by a process of their own (src/cli/write-opendata.ts) while Pagefind writes its index on
 * one core, not by Astro. At 200,000 accounts they are 870 MB; built inside an Astro process each
 * added up to 0.9 GB to its memory for a few seconds, and those peaks, not the pages, held the
 * processes' V8 settings back (build budget, docs/benchmarks.md).
 */
export const OPENDATA_ELSEWHERE = VARIABLES.opendataElsewhere;

/** Whether this Astro process renders the open-data files (routes under src/pages/opendata/). */
export function rendersOpenData(): boolean {
	return !buildEnv().opendataElsewhere;
}

/**
 * Top-level folders of the site where every page comes from a dynamic route, so exactly one process
 * of a shared build renders each (shardPaths; tests/meta/shard.test.ts holds the list to that). In
 * `npm run build` every process writes them into the first share's folder, through a symbolic link
 * in its own (src/cli/build.ts): at 200,000 accounts they are 99 % of the second share's 180,000
 * pages, which were otherwise moved into the first folder one by one afterwards (10–20 s of the
 * build; build budget).
 */
export const SHARED_FOLDERS = ['akkaunt', 'org', 'plany', 'reestr'] as const;
