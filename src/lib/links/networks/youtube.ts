import { named, type NameRules } from '../names.ts';
import { lower, POST_WITHOUT_ACCOUNT, REDIRECT_WRAPPER, RESERVED, type PathInput, type PathResult } from './types.ts';

const RESERVED_PAGES = new Set([
	'watch',
	'results',
	'feed',
	'shorts',
	'playlist',
	'channel',
	'c',
	'user',
	'account',
	'premium',
	'gaming',
	'kids',
	'about',
	't',
	'howyoutubeworks',
	'signin',
	'logout',
	'upload',
	'hashtag',
	'trending',
	'embed',
	'live',
	'post',
	'source',
	'supported_browsers',
	'new',
	'creators',
	'ads',
	'yt',
	'jobs',
	'originals',
	'paid_memberships',
	'reporthistory',
	'storefront',
	'show',
	'movies',
	'education',
	'music',
	'podcasts',
	'sw.js',
	'favicon.ico',
	'robots.txt',
	'oembed',
	'api',
	'error',
	'verify',
	'v',
	'e',
	'playlists',
	'subscription_manager',
	'studio',
]);
// Pages of one video, short, stream or community post.
const ANONYMOUS_POSTS = new Set(['watch', 'shorts', 'live', 'embed', 'v', 'e', 'playlist', 'post', 'clip']);

// Handles: 3–30 letters of any script, digits, '.', '_', '-'; not ending in a dot.
const HANDLE: NameRules = { pattern: /^[\p{L}\p{N}\p{M}_-](?:[\p{L}\p{N}\p{M}._-]{1,28}[\p{L}\p{N}\p{M}_-])$/u, unicode: true };
const CUSTOM: NameRules = { pattern: /^[\p{L}\p{N}\p{M}_-](?:[\p{L}\p{N}\p{M}._-]{0,98}[\p{L}\p{N}\p{M}_-])?$/u, unicode: true };
const LEGACY_USER: NameRules = { pattern: /^[a-z0-9_-](?:[a-z0-9_.-]{0,58}[a-z0-9_-])?$/ };
// Channel ids keep their case: 'UC' + 22 characters of base64url.
const CHANNEL_ID: NameRules = { pattern: /^UC[0-9A-Za-z_-]{22}$/, keepCase: true };

export function resolveYoutube(input: PathInput): PathResult {
	const [raw, second] = input.segments;
	const first = lower(raw);
	if (raw === undefined || first === undefined) return RESERVED;
	// youtu.be/<video id> never names the channel.
	if (input.host === 'youtu.be') return POST_WITHOUT_ACCOUNT;
	if (first === 'redirect' || first === 'attribution_link') return REDIRECT_WRAPPER;
	if (raw.startsWith('@')) return named(raw.slice(1), HANDLE, 'account', (name) => `@${name}`);

	if (second !== undefined) {
		if (first === 'channel') return named(second, CHANNEL_ID, 'account', (id) => `channel/${id}`);
		if (first === 'c') return named(second, CUSTOM, 'account', (name) => `c/${name}`);
		if (first === 'user') return named(second, LEGACY_USER, 'account', (name) => `user/${name}`);
	}
	if (ANONYMOUS_POSTS.has(first) && (second !== undefined || input.params.has('v') || input.params.has('list'))) {
		return POST_WITHOUT_ACCOUNT;
	}
	if (RESERVED_PAGES.has(first)) return RESERVED;
	// youtube.com/<name> is the legacy short form of youtube.com/c/<name>.
	return named(raw, CUSTOM, 'account', (name) => `c/${name}`);
}
