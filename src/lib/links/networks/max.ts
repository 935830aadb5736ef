import { named } from '../names.ts';
import { INVITE_LINK, lower, RESERVED, type PathInput, type PathResult } from './types.ts';

const RESERVED_PAGES = new Set([
	'download',
	'app',
	'apps',
	'help',
	'legal',
	'privacy',
	'terms',
	'about',
	'business',
	'partners',
	'faq',
	'login',
	'support',
	'news',
	'blog',
	'channels',
	'search',
	'settings',
	'chats',
	'calls',
	'contacts',
	'promo',
]);
// max.ru/join/<token> and max.ru/u/<token> open a chat without naming it.
const HIDDEN_TARGETS = new Set(['join', 'u']);

// Must contain a letter: the web client's numeric chat ids (web.max.ru/-71234) are not public names.
const NAME = /^(?=[a-z0-9_.-]*[a-z])[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?$/;

export function resolveMax(input: PathInput): PathResult {
	const [raw, ...rest] = input.segments;
	const first = lower(raw);
	if (raw === undefined || first === undefined) return RESERVED;
	if (HIDDEN_TARGETS.has(first)) return INVITE_LINK;
	if (RESERVED_PAGES.has(first)) return RESERVED;
	return named(raw, { pattern: NAME }, rest.length > 0 ? 'post' : 'account');
}
