import { named } from '../names.ts';
import { BAD_NAME, lower, NUMERIC_ID, POST_WITHOUT_ACCOUNT, RESERVED, type PathInput, type PathResult } from './types.ts';

// Pages of a single video or playlist: none of them names its channel.
const ANONYMOUS_POSTS = new Set(['video', 'shorts', 'plst', 'play', 'embed', 'live', 'yappy']);
// Custom channel addresses: rutube.ru/u/<name>/
const SLUG = /^[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?$/;

export function resolveRutube(input: PathInput): PathResult {
	const [raw, second] = input.segments;
	const first = lower(raw);
	if (first === undefined || second === undefined) return RESERVED;
	if (first === 'channel') return NUMERIC_ID.test(second) ? { kind: 'account', id: `channel/${second}` } : BAD_NAME;
	if (first === 'u') return named(second, { pattern: SLUG }, 'account', (name) => `u/${name}`);
	if (ANONYMOUS_POSTS.has(first)) return POST_WITHOUT_ACCOUNT;
	return RESERVED;
}
