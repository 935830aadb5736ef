import { named } from '../names.ts';
import { lower, RESERVED, type PathInput, type PathResult } from './types.ts';

// Paths X/Twitter reserves for its own pages; no account can use them.
const RESERVED_PAGES = new Set([
	'home',
	'explore',
	'search',
	'notifications',
	'messages',
	'settings',
	'login',
	'logout',
	'signup',
	'i',
	'intent',
	'share',
	'hashtag',
	'compose',
	'tos',
	'privacy',
	'download',
	'account',
	'who_to_follow',
	'bookmarks',
	'oauth',
	'rules',
	'sessions',
	'following',
	'followers',
	'lists',
	'topics',
	'communities',
	'jobs',
	'about',
	'help',
]);
const ITEM_SECTIONS = new Set(['status', 'statuses']);

const NAME = /^[a-z0-9_]{1,15}$/;

export function resolveX(input: PathInput): PathResult {
	// twitter.com/#!/name: the pre-2012 hash-bang form some old pages still carry.
	const segments =
		input.segments.length === 0 && input.hash.startsWith('!/')
			? input.hash
					.slice(2)
					.split(/[/?]/)
					.filter((segment) => segment !== '')
			: input.segments;
	const [raw, ...rest] = segments;
	const first = lower(raw);
	if (raw === undefined || first === undefined) return RESERVED;
	if (RESERVED_PAGES.has(first)) return RESERVED;
	const kind = rest.length >= 2 && ITEM_SECTIONS.has(lower(rest[0]) ?? '') ? 'post' : 'account';
	return named(raw, { pattern: NAME }, kind);
}
