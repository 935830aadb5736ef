import { misspeltNumericForm } from '../misspelt.ts';
import { checkName } from '../names.ts';
import { lower, NUMERIC_ID, POST_WITHOUT_ACCOUNT, REDIRECT_WRAPPER, RESERVED, type PathInput, type PathResult } from './types.ts';

// Site sections, not accounts. VK refuses these as screen names.
const RESERVED_PAGES = new Set([
	'feed',
	'im',
	'search',
	'settings',
	'login',
	'groups',
	'friends',
	'apps',
	'app',
	'video',
	'videos',
	'music',
	'audio',
	'audios',
	'market',
	'about',
	'support',
	'dev',
	'developers',
	'help',
	'faq',
	'blog',
	'terms',
	'privacy',
	'legal',
	'jobs',
	'press',
	'business',
	'ads',
	'restore',
	'join',
	'reg',
	'register',
	'verify',
	'mail',
	'messages',
	'calls',
	'clips',
	'clip',
	'podcasts',
	'vkpay',
	'pay',
	'wall',
	'page',
	'pages',
	'note',
	'notes',
	'story',
	'stories',
	'photos',
	'albums',
	'docs',
	'doc',
	'bookmarks',
	'fave',
	'notifications',
	'edit',
	'games',
	'services',
	'stickers',
	'gifts',
	'people',
	'communities',
	'id',
	'club',
	'public',
	'event',
	'images',
	'widget',
	'widgets',
	'badbrowser',
	'write',
	'topics',
	'board',
	'articles',
	'discover',
	'live',
	'vkid',
	'mini_apps',
	'security',
	'welcome',
	'artist',
	'playlist',
	'search_query',
	'wiki',
	'support_faq',
]);

// Objects owned by a user (N) or a community (-N): wall posts, photos, videos…
const OWNED_OBJECT = /^(wall|photo|video|clip|album|topic|market|product|podcast|audio|doc|note|poll|story|narrative|article)(-?)(\d+)_\d+/;
// Sections of one owner: vk.com/wall-123, vk.com/videos-123.
const OWNER_SECTION = /^(wall|photos|albums|videos|clips|audios|docs|market|podcasts|articles|narratives)(-?)([1-9]\d{0,19})$/;
const NUMERIC_FORM = /^(id|club|public|event)(\d+)$/;
// ASCII only; no leading or trailing dot (prose punctuation is stripped from the end of links).
const SCREEN_NAME = /^[a-z0-9_](?:[a-z0-9_.]{0,30}[a-z0-9_])?$/;

function ownerId(minus: string, digits: string): string {
	return minus === '-' ? `club${digits}` : `id${digits}`;
}

/** The owner of a post opened in an overlay (?w=wall-1_2, ?z=photo-1_2), if any. */
function overlayOwner(params: URLSearchParams): string | null {
	for (const key of ['w', 'z']) {
		const match = OWNED_OBJECT.exec(lower(params.get(key) ?? undefined) ?? '');
		if (match !== null && NUMERIC_ID.test(match[3] ?? '')) return ownerId(match[2] ?? '', match[3] ?? '');
	}
	return null;
}

export function resolveVk(input: PathInput): PathResult {
	const raw = input.segments[0];
	const first = lower(raw);
	const overlay = overlayOwner(input.params);
	if (raw === undefined || first === undefined) return overlay !== null ? { kind: 'post', id: overlay } : RESERVED;
	if (first === 'away.php' || first === 'away') return REDIRECT_WRAPPER;

	const object = OWNED_OBJECT.exec(first);
	if (object !== null && NUMERIC_ID.test(object[3] ?? '')) return { kind: 'post', id: ownerId(object[2] ?? '', object[3] ?? '') };
	const section = OWNER_SECTION.exec(first);
	if (section !== null) return { kind: 'account', id: ownerId(section[2] ?? '', section[3] ?? '') };
	const numeric = NUMERIC_FORM.exec(first);
	if (numeric !== null && NUMERIC_ID.test(numeric[2] ?? '')) {
		// public<N> and event<N> share the community id space with club<N>.
		const id = numeric[1] === 'id' ? `id${numeric[2]}` : `club${numeric[2]}`;
		return { kind: overlay !== null ? 'post' : 'account', id };
	}

	if (RESERVED_PAGES.has(first) || first.endsWith('.php') || first.startsWith('al_')) {
		return overlay !== null ? { kind: 'post', id: overlay } : RESERVED;
	}
	// vk.com/@name-article-slug: the author cannot be told apart from the slug.
	if (first.startsWith('@')) return POST_WITHOUT_ACCOUNT;

	const kind = overlay !== null ? 'post' : 'account';
	const check = checkName(raw, { pattern: SCREEN_NAME });
	if (!check.ok) {
		const intended = check.result.reason === 'bad-name' ? misspeltNumericForm(first) : null;
		return intended !== null ? { kind: 'invalid', reason: 'misspelt-numeric-form', hint: `vk:${intended}` } : check.result;
	}
	const intended = misspeltNumericForm(check.name);
	if (intended !== null) return { kind, id: check.name, reason: 'misspelt-numeric-form', hint: `vk:${intended}` };
	return { kind, id: check.name };
}
