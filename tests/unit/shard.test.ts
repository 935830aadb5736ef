// Shares of a build (src/lib/shard.ts): together they render every path once.
import { describe, expect, it } from 'vitest';
import { everyPath, parseShard, shardPaths } from '../../src/lib/shard.ts';

const paths = Array.from({ length: 11 }, (_, i) => ({ params: { id: `p${i}` } }));

describe('parseShard', () => {
	it.each([
		['0/1', { index: 0, count: 1 }],
		['1/2', { index: 1, count: 2 }],
		['3/4', { index: 3, count: 4 }],
	])('reads %s', (spec, shard) => expect(parseShard(spec)).toEqual(shard));

	it('means no share when unset or empty', () => {
		expect(parseShard(undefined)).toBeUndefined();
		expect(parseShard('')).toBeUndefined();
	});

	it.each(['2/2', '1/0', 'a/b', '1', '-1/2', '1/2/3', ' 1/2'])('refuses %j, naming the variable', (spec) => {
		expect(() => parseShard(spec)).toThrow(/PORTAL_SHARD/);
	});
});

describe('shardPaths', () => {
	it('keeps every path without a share, or with a share of one', () => {
		expect(shardPaths(paths, undefined)).toEqual(paths);
		expect(shardPaths(paths, { index: 0, count: 1 })).toEqual(paths);
	});

	it.each([2, 3, 4])('splits the paths into %i disjoint shares that cover them all, in order', (count) => {
		const shares = Array.from({ length: count }, (_, index) => shardPaths(paths, { index, count }));
		expect(
			shares
				.flat()
				.map((p) => p.params.id)
				.sort(),
		).toEqual(paths.map((p) => p.params.id).sort());
		for (const share of shares) expect(share).toEqual(paths.filter((p) => share.includes(p)));
		// Balanced: sizes differ by at most one.
		const sizes = shares.map((share) => share.length);
		expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
	});

	it('gives every path inside everyPath, also across awaits (the sitemap lists the whole site)', async () => {
		const share = { index: 1, count: 2 };
		expect(everyPath(() => shardPaths(paths, share))).toHaveLength(paths.length);
		const listed = await everyPath(async () => {
			await new Promise((settle) => setTimeout(settle, 1));
			return shardPaths(paths, share);
		});
		expect(listed).toHaveLength(paths.length);
		expect(shardPaths(paths, share)).toHaveLength(5);
	});
});
