import { named } from '../names.ts';
import { lower, NUMERIC_ID, POST_WITHOUT_ACCOUNT, REDIRECT_WRAPPER, RESERVED, type PathInput, type PathResult } from './types.ts';

const RESERVED_PAGES = new Set([
	'login',
	'login.php',
	'watch',
	'groups',
	'home.php',
	'marketplace',
	'gaming',
	'events',
	'pages',
	'people',
	'help',
	'policies',
	'privacy',
	'settings',
	'notifications',
	'messages',
	'friends',
	'search',
	'hashtag',
	'sharer',
	'sharer.php',
	'dialog',
	'plugins',
	'tr',
	'business',
	'ads',
	'legal',
	'about',
	'recover',
	'reg',
	'r.php',
	'stories',
	'bookmarks',
	'saved',
	'memories',
	'fundraisers',
	'jobs',
	'live',
	'latest',
	'feeds',
	'profile.php',
	'story.php',
	'permalink.php',
	'photo.php',
	'photo',
	'photos',
	'video.php',
	'videos',
	'reel',
	'reels',
	'share',
	'watchparty',
	'me',
	'home',
	'signup',
	'logout.php',
	'checkpoint',
	'terms',
	'careers',
	'media',
	'l.php',
]);
// Single items that do not name their owner.
const ANONYMOUS_POSTS = new Set(['watch', 'reel', 'reels', 'photo', 'photo.php', 'video.php', 'share', 'stories']);
// Sections under an account that address one item of it.
const ITEM_SECTIONS = new Set(['posts', 'videos', 'photos', 'permalink', 'story', 'reel', 'activity']);

// Usernames: letters, digits and dots; old page addresses also use hyphens.
const NAME = /^[a-z0-9](?:[a-z0-9.-]{0,78}[a-z0-9])?$/;

function numericId(value: string | null | undefined, kind: 'account' | 'post'): PathResult | null {
	return value !== null && value !== undefined && NUMERIC_ID.test(value) ? { kind, id: `id${value}` } : null;
}

export function resolveFb(input: PathInput): PathResult {
	const [raw, ...rest] = input.segments;
	const first = lower(raw);
	if (raw === undefined || first === undefined) return RESERVED;
	if (first === 'l.php') return REDIRECT_WRAPPER;
	if (first === 'profile.php') return numericId(input.params.get('id'), 'account') ?? RESERVED;
	if (first === 'permalink.php' || first === 'story.php') {
		return numericId(input.params.get('id'), 'post') ?? POST_WITHOUT_ACCOUNT;
	}
	// facebook.com/people/<Display-Name>/<id>, facebook.com/pages/<Name>/<id>
	if (first === 'people' || first === 'pages') return numericId(rest[1], 'account') ?? RESERVED;
	if (first === 'groups' && rest[0] !== undefined) {
		const kind = rest.length > 2 ? 'post' : 'account';
		return named(rest[0], { pattern: NAME }, kind, (name) => `groups/${name}`);
	}
	if (ANONYMOUS_POSTS.has(first) && (rest.length > 0 || input.params.toString() !== '')) return POST_WITHOUT_ACCOUNT;
	if (RESERVED_PAGES.has(first)) return RESERVED;

	const kind = rest.length >= 2 && ITEM_SECTIONS.has(lower(rest[0]) ?? '') ? 'post' : 'account';
	// facebook.com/<digits> opens the profile with that numeric id.
	return numericId(first, kind) ?? named(raw, { pattern: NAME }, kind);
}
