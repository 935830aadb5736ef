import { named } from '../names.ts';
import { BAD_NAME, lower, NUMERIC_ID, POST_WITHOUT_ACCOUNT, REDIRECT_WRAPPER, RESERVED, type PathInput, type PathResult } from './types.ts';

const RESERVED_PAGES = new Set([
	'feed',
	'messages',
	'search',
	'friends',
	'groups',
	'music',
	'games',
	'game',
	'settings',
	'guests',
	'notifications',
	'marks',
	'photos',
	'gifts',
	'apps',
	'app',
	'live',
	'help',
	'about',
	'regulations',
	'shop',
	'mall',
	'discussions',
	'events',
	'holidays',
	'payment',
	'vitrine',
	'dating',
	'hobby',
	'questions',
	'forum',
	'group',
	'profile',
	'video',
	'videos',
	'login',
	'registration',
	'restore',
	'faq',
	'blog',
	'business',
	'ads',
	'calls',
	'stickers',
	'okapi',
	'dk',
	'res',
	'post',
	'topic',
	'market',
	'cdn',
	'mobile',
	'privacy',
	'terms',
	'legal',
]);

// Second-level segments under an account that address one item of it.
const ITEM_SECTIONS = new Set(['topic', 'album', 'video', 'photo', 'statuses', 'post', 'market', 'product']);
// ASCII; OK short names use letters, digits, dots, underscores and hyphens.
const NAME = /^[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?$/;

function kindOf(rest: string[]): 'account' | 'post' {
	return rest.length >= 2 && ITEM_SECTIONS.has(lower(rest[0]) ?? '') ? 'post' : 'account';
}

/** Legacy links: ok.ru/dk?st.cmd=altGroupMain&st.groupId=123 */
function legacyDk(params: URLSearchParams): PathResult {
	if (params.get('st.cmd') === 'outLinkWarning') return REDIRECT_WRAPPER;
	const group = params.get('st.groupId');
	if (group !== null && NUMERIC_ID.test(group)) return { kind: 'account', id: `group/${group}` };
	const friend = params.get('st.friendId');
	if (friend !== null && NUMERIC_ID.test(friend)) return { kind: 'account', id: `profile/${friend}` };
	return RESERVED;
}

export function resolveOk(input: PathInput): PathResult {
	const [raw, ...rest] = input.segments;
	const first = lower(raw);
	if (raw === undefined || first === undefined) return RESERVED;
	if (first === 'dk') return legacyDk(input.params);

	const glued = /^(group|profile)(\d+)$/.exec(first);
	if (glued !== null) {
		return NUMERIC_ID.test(glued[2] ?? '') ? { kind: kindOf(rest), id: `${glued[1]}/${glued[2]}` } : BAD_NAME;
	}
	if ((first === 'group' || first === 'profile') && rest[0] !== undefined) {
		return NUMERIC_ID.test(rest[0]) ? { kind: kindOf(rest.slice(1)), id: `${first}/${rest[0]}` } : BAD_NAME;
	}
	// ok.ru/video/123 is a video page that does not name its channel.
	if ((first === 'video' || first === 'live') && rest.length > 0) return POST_WITHOUT_ACCOUNT;
	if (RESERVED_PAGES.has(first)) return RESERVED;
	return named(raw, { pattern: NAME }, kindOf(rest));
}
