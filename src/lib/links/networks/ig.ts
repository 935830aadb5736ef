import { named, type NameRules } from '../names.ts';
import { lower, POST_WITHOUT_ACCOUNT, RESERVED, type PathInput, type PathResult } from './types.ts';

const RESERVED_PAGES = new Set([
	'explore',
	'accounts',
	'reels',
	'reel',
	'p',
	'tv',
	'stories',
	'direct',
	'about',
	'legal',
	'developer',
	'web',
	'challenge',
	'emails',
	'session',
	'oauth',
	'api',
	'graphql',
	'static',
	'privacy',
	'terms',
	'press',
	'directory',
	'nametag',
	'lite',
	'create',
	'your_activity',
	'ar',
	'login',
	'signup',
	'help',
	'topics',
	'threads',
	'audio',
]);
const ANONYMOUS_POSTS = new Set(['p', 'reel', 'reels', 'tv']);
const ITEM_SECTIONS = new Set(['p', 'reel', 'tv']);

// Instagram: up to 30 of [a-z0-9._], not ending in a dot.
const NAME: NameRules = { pattern: /^[a-z0-9_](?:[a-z0-9._]{0,28}[a-z0-9_])?$/ };

export function resolveIg(input: PathInput): PathResult {
	const [raw, ...rest] = input.segments;
	const first = lower(raw);
	if (raw === undefined || first === undefined) return RESERVED;
	if (ANONYMOUS_POSTS.has(first) && rest.length > 0) return POST_WITHOUT_ACCOUNT;
	if (first === 'stories' && rest[0] !== undefined) {
		// stories/highlights/<id> does not name the account; stories/<name>/<id> does.
		if (lower(rest[0]) === 'highlights') return POST_WITHOUT_ACCOUNT;
		return named(rest[0], NAME, rest.length > 1 ? 'post' : 'account');
	}
	if (RESERVED_PAGES.has(first)) return RESERVED;
	// instagram.com/<name>/p/<code>/ names the author.
	const kind = rest.length >= 2 && ITEM_SECTIONS.has(lower(rest[0]) ?? '') ? 'post' : 'account';
	return named(raw, NAME, kind);
}
