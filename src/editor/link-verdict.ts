/**
 * The form editor's judgement of an account link, made before anything is saved and with the same
 * engine as the public link check (/proverka/): the canonicaliser turns whatever the clerk typed
 * into the page's one address (m.vk.com, ?utm=…, a trailing slash: all the same page), and the
 * registry's shards say whether that page, under any of its registered address forms, is already
 * someone's, or whether the address imitates a registered one (a Cyrillic letter in a Latin name,
 * a look-alike host). Pure and browser-safe: the widget (widgets.ts) supplies the registry.
 */
import check from '../i18n/ru/check.json' with { type: 'json' };
import common from '../i18n/ru/common.json' with { type: 'json' };
import editor from '../i18n/ru/editor.json' with { type: 'json' };
import { accountUrl, canonicalise, type Network } from '../lib/links/index.ts';
import { lookup, type AnswerAccount, type RegistryLookup } from '../lib/lookup/index.ts';
import { formatCount } from '../lib/ru-format.ts';

const STRINGS: Record<string, string> = { ...common, ...check, ...editor };

function text(key: string, values: Record<string, string> = {}): string {
	const template = STRINGS[key] ?? '';
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export const networkName = (network: Network | null): string => (network ? (STRINGS[`network.${network}`] ?? network) : '');

/** The record a refused address already belongs to, and its public page (relative to the site's root). */
export interface ExistingRecord {
	id: string;
	path: string;
}

export type LinkJudgement =
	/** The link is a page no one has registered: `url` is what is saved, `network` its network. */
	| { ok: true; url: string; network: Network; message: string; record?: undefined }
	| { ok: false; message: string; url?: string; network?: Network | null; record?: ExistingRecord };

/**
 * Which address of the record is judged: its main link (`url`, whose network the record takes) or
 * one of its other address forms (`aliases`), which must not be anyone else's page either.
 */
export type LinkRole = 'main' | 'alias';

/** The address as typed, in the one form the registry keeps (https://vk.com/name), or null. */
export function canonicalLink(typed: string): { url: string; network: Network } | null {
	const resolution = canonicalise(typed);
	if (resolution.kind !== 'account' || resolution.canonical === null || resolution.network === null) return null;
	const url = accountUrl(resolution.canonical);
	return url === null ? null : { url, network: resolution.network };
}

/**
 * A registered page as the message names it: by the address its record keeps (`m`, when the match
 * was another of its forms such as vk.com/club123), the record's id and its organisation.
 */
function pageOf(account: AnswerAccount): string {
	const main = account.record.m ?? account.canonical;
	return text('editor.link.page', { page: accountUrl(main) ?? main, id: account.record.a, org: account.record.n });
}

/** The record's public page, /akkaunt/<id>/, for the clerk to open and see the existing record. */
const recordOf = (account: AnswerAccount): ExistingRecord => ({ id: account.record.a, path: `akkaunt/${account.record.a}/` });

/** «похож на страницу» for one page, «похож на 2 страницы» for more: a count of one or none is not shown. */
function lookalikeLead(pages: readonly AnswerAccount[]): string {
	if (pages.length === 0) return text('editor.link.lookalike');
	const list = pages.map(pageOf).join('; ');
	if (pages.length === 1) return text('editor.link.lookalikeOf', { pages: list });
	return text('editor.link.lookalikeOfMany', { count: formatCount(pages.length, STRINGS['plural.pageAccusative']!), pages: list });
}

function reasonText(reason: string, network: Network | null): string {
	const key = `check.reason.${reason}` in STRINGS ? `check.reason.${reason}` : `check.lookalike.${reason}`;
	const page = STRINGS['editor.link.thisAddress'] ?? '';
	return key in STRINGS ? text(key, { network: networkName(network), page }) : '';
}

/**
 * What the form says about `typed`. `ownId` is the account being edited (null for a new one): its
 * own page is of course registered to it. `role` says whether `typed` is the record's main link or
 * one of its other address forms: both are refused when they are anyone else's page.
 */
export async function judgeLink(
	typed: string,
	registry: RegistryLookup,
	ownId: string | null,
	role: LinkRole = 'main',
): Promise<LinkJudgement> {
	if (typed.trim() === '') return { ok: false, message: text('editor.link.empty') };
	const answer = await lookup(typed, registry);
	const canonical = canonicalLink(typed);
	switch (answer.verdict) {
		case 'official':
		case 'formerly-official': {
			const owner = answer.accounts[0];
			if (canonical && owner && owner.record.a === ownId)
				return { ok: true, ...canonical, message: text('editor.link.own', { url: canonical.url }) };
			const key = answer.verdict === 'official' ? 'editor.link.registered' : 'editor.link.registeredClosed';
			return {
				ok: false,
				network: answer.network,
				message: text(key, { page: owner ? pageOf(owner) : '' }),
				...(owner ? { record: recordOf(owner) } : {}),
			};
		}
		case 'lookalike': {
			const lead = lookalikeLead(answer.accounts);
			return { ok: false, network: answer.network, message: `${lead} ${reasonText(answer.reason, answer.network)}`.trim() };
		}
		case 'not-registered':
			if (canonical)
				return {
					ok: true,
					...canonical,
					message:
						role === 'alias'
							? text('editor.link.freeAlias', { url: canonical.url })
							: text('editor.link.free', { url: canonical.url, network: networkName(canonical.network) }),
				};
			return { ok: false, message: text('editor.link.notAccount', { reason: '' }).trim() };
		default:
			// Not a page of a network at all (another site, a post, an invitation, a shortener) or an
			// organisation's own website: the registry lists pages only.
			return {
				ok: false,
				network: answer.network,
				message: `${text('editor.link.notAccount')} ${reasonText(answer.reason, answer.network)}`.trim(),
			};
	}
}

/**
 * An account as saved: its link in the registry's one form and its network the link's, whatever the
 * network field said (the network follows from the link; the form leaves it optional). Anything
 * that is not a page of a network is left as it is: the link widget has refused it already, and the
 * check in the merge request refuses it again.
 */
export function followLink<T extends { get(key: string): unknown; set(key: string, value: unknown): T }>(data: T): T {
	const url = data.get('url');
	const link = typeof url === 'string' ? canonicalLink(url) : null;
	return link ? data.set('url', link.url).set('network', link.network) : data;
}
