import { named, type NameRules } from '../names.ts';
import { BAD_NAME, lower, POST_WITHOUT_ACCOUNT, RESERVED, type PathInput, type PathResult } from './types.ts';

const RESERVED_PAGES = new Set([
	'news',
	'search',
	'profile',
	'feed',
	'subscriptions',
	'editor',
	'video',
	'shorts',
	'articles',
	'legal',
	'help',
	'about',
	'suite',
	'games',
	'weather',
	'pogoda',
	'sport',
	'top',
	'interests',
	'showcase',
	'channels',
	'media',
	'id',
	'a',
	'b',
	'live',
	'topic',
	'login',
	'settings',
	'partners',
	'adv',
	'promo',
	'embed',
]);
// Post links that carry only a publication id.
const ANONYMOUS_POSTS = new Set(['a', 'b', 'shorts', 'embed']);

const NAME: NameRules = { pattern: /^[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?$/ };
const HEX_ID = /^[0-9a-f]{8,64}$/;

function account(segments: string[], kind: 'account' | 'post'): PathResult {
	const [first, second] = segments;
	if (first === undefined) return RESERVED;
	if (lower(first) === 'id') {
		if (second === undefined) return RESERVED;
		const hex = lower(second) ?? '';
		return HEX_ID.test(hex) ? { kind: segments.length > 2 ? 'post' : kind, id: `id/${hex}` } : BAD_NAME;
	}
	return named(first, NAME, segments.length > 1 ? 'post' : kind);
}

export function resolveDzen(input: PathInput): PathResult {
	const [raw, ...rest] = input.segments;
	const first = lower(raw);
	if (raw === undefined || first === undefined) return RESERVED;
	if (ANONYMOUS_POSTS.has(first) && rest.length > 0) return POST_WITHOUT_ACCOUNT;
	if (first === 'video' && rest.length > 0) return POST_WITHOUT_ACCOUNT;
	// dzen.ru/media/<name>/<slug> (and zen.yandex.ru/media/id/<hex>/<slug>) name the author.
	if (first === 'media') return account(rest, 'account');
	if (first === 'id') return account(input.segments, 'account');
	if (RESERVED_PAGES.has(first)) return RESERVED;
	// Extra segments under a channel (tabs) still point at the channel itself.
	return named(raw, NAME, 'account');
}
