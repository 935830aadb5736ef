import { named, type NameRules } from '../names.ts';
import {
	BAD_NAME,
	INVITE_LINK,
	lower,
	POST_WITHOUT_ACCOUNT,
	REDIRECT_WRAPPER,
	RESERVED,
	type PathInput,
	type PathResult,
} from './types.ts';

const RESERVED_PAGES = new Set([
	'share',
	'addstickers',
	'addemoji',
	'proxy',
	'socks',
	'setlanguage',
	'addtheme',
	'login',
	'bg',
	'confirmphone',
	'invoice',
	'giftcode',
	'boost',
	'k',
	'a',
	'z',
	'dl',
	'apps',
	'faq',
	'blog',
	'privacy',
	'tos',
	'nft',
	'm',
	'iv',
	's',
]);
// Links that open a chat without naming it publicly.
const HIDDEN_TARGETS = new Set(['joinchat', 'addlist', 'contact']);

// Telegram: 5–32 of [a-z0-9_], starting with a letter; 4-letter collectible names exist too.
export const TG_USERNAME: NameRules = { pattern: /^[a-z][a-z0-9_]{3,31}$/ };

function kindOf(rest: string[]): 'account' | 'post' {
	return rest.length > 0 && /^\d+$/.test(rest[0] ?? '') ? 'post' : 'account';
}

export function resolveTg(input: PathInput): PathResult {
	// durov.t.me is the same page as t.me/durov.
	if (input.host.endsWith('.t.me') && input.host !== 'www.t.me') {
		return named(input.host.slice(0, -'.t.me'.length), TG_USERNAME, 'account');
	}
	const [raw, ...rest] = input.segments;
	const first = lower(raw);
	if (raw === undefined || first === undefined) return RESERVED;
	if (first.startsWith('+')) {
		// t.me/+79991234567 opens a chat by phone number: neither public nor stable.
		return /^\+\d{7,15}$/.test(first) ? { kind: 'invalid', reason: 'phone-link' } : INVITE_LINK;
	}
	if (HIDDEN_TARGETS.has(first)) return INVITE_LINK;
	if (first === 'iv') return REDIRECT_WRAPPER;
	// t.me/s/<name> is the web preview of the channel.
	if (first === 's' && rest[0] !== undefined) return named(rest[0], TG_USERNAME, kindOf(rest.slice(1)));
	// t.me/c/<internal id>/<post> addresses a private channel by number only.
	if (first === 'c') return rest.length > 0 ? POST_WITHOUT_ACCOUNT : RESERVED;
	if (RESERVED_PAGES.has(first)) return RESERVED;
	return named(raw, TG_USERNAME, kindOf(rest));
}

/** tg://resolve?domain=name[&post=N], tg://join?invite=… */
export function resolveTgScheme(url: URL): PathResult {
	const action = lower(url.hostname) || lower(url.pathname.replace(/^\/+/, ''));
	if (action === 'join' || action === 'addlist') return INVITE_LINK;
	if (action !== 'resolve') return RESERVED;
	const domain = url.searchParams.get('domain');
	if (domain === null) return BAD_NAME;
	const post = url.searchParams.get('post');
	return named(domain, TG_USERNAME, post !== null && /^\d+$/.test(post) ? 'post' : 'account');
}
