/**
 * FNV-1a (32-bit) over UTF-16 code units. Chosen because it is tiny, has no dependencies and gives
 * the same number in Node (at build time) and in every browser (at lookup time): the shard a key
 * is written to and the shard the client fetches must agree bit for bit.
 */
export function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** The shard (0 … count-1) that holds `key`. */
export function shardOf(key: string, count: number): number {
	return fnv1a(key) % count;
}

/** Smallest power of two ≥ n (and ≥ 1): shard counts grow in steps, so file names stay stable longer. */
export function powerOfTwoAtLeast(n: number): number {
	let p = 1;
	while (p < n) p *= 2;
	return p;
}
