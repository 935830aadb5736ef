/**
 * Shares of a build. Astro renders on one core; at national scale `npm run build` runs several Astro
 * processes, each rendering every n-th path of every dynamic route into its own folder, and merges
 * the folders (src/cli/build.ts; issue 3, build budget). PORTAL_SHARD="k/n" (0 ≤ k < n) names this
 * process's share; unset, a build renders every path.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

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
	if (!match || count < 1 || index >= count) throw new Error(`PORTAL_SHARD="${spec}": ожидается «k/n», 0 ≤ k < n`);
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
export function shardPaths<T>(paths: readonly T[], shard = parseShard(process.env.PORTAL_SHARD)): T[] {
	if (!shard || shard.count === 1 || listingAll.getStore()) return [...paths];
	return paths.filter((_, i) => i % shard.count === shard.index);
}
