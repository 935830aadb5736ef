/**
 * The address index (/proverka/adresa/): every registered address of every page, main form and
 * aliases, filed by network and by the first character of the page name, in alphabetical order.
 * It is how a citizen without JavaScript learns whether an address is official: a static site cannot
 * answer a pasted text, but it can list every address so that one is found in a few clicks
 * (network → first character → the page of the letter whose range holds it).
 *
 * Built once per build in O(entries log entries): every entry is filed in one pass and each
 * letter's entries sorted once; the pages slice those arrays (src/lib/paginate.ts) at the registry's
 * PAGE_SIZE, so no page grows with the registry.
 */
import { accountIndex } from '../loaders/account-index.ts';
import { NETWORKS, type Network } from '../lib/links/index.ts';
import { pageSlices } from '../lib/paginate.ts';
import type { AccountStatus } from '../schemas/account.ts';
import { accountViews, canonicalHref, orgRef, type OrgRef } from './accounts.ts';
import { PAGE_SIZE } from './registry.ts';
import { publicData } from './site.ts';
import { INDEX_PATH, OTHER } from '../lib/site-paths.ts';

// The index's address and its «other characters» segment are in lib, where components can import them.
export { INDEX_PATH, OTHER } from '../lib/site-paths.ts';

/** Letters, then digits, then everything else: the order the index shows its characters in. */
export const CHAR_ORDER: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz', ...'0123456789', OTHER];

export interface AddressEntry {
	/** Canonical id, e.g. `vk:club123`. */
	canonical: string;
	network: Network;
	/** The page name the index is ordered by: `club123`; a YouTube handle without its «@». */
	name: string;
	/** The address as people read it: `vk.com/club123`, without https:// or www. */
	text: string;
	/** The page itself, https on one of the network's own hosts; null when no such link can be made. */
	href: string | null;
	/** Another form of the address of a page registered under its main address. */
	alias: boolean;
	account: { id: string; name: string; status: AccountStatus; closed?: string };
	org: OrgRef;
}

/** One address of the registry before it is filed: what the data says about it. */
export interface AddressSource {
	canonical: string;
	alias: boolean;
	account: AddressEntry['account'];
	org: OrgRef;
}

/**
 * The page name of a canonical id as the index files it: the part after the network, without the
 * «@» a YouTube handle is written with (people look for youtube.com/@primer under «p»).
 * Numeric forms keep their word: vk `club123` under «c», ok `group/123` under «g».
 */
export function pageName(canonical: string): string {
	return canonical.slice(canonical.indexOf(':') + 1).replace(/^@/, '');
}

/** The character page a name is filed under: its first Latin letter or digit, else OTHER. */
export function charOf(name: string): string {
	const first = name.charAt(0).toLowerCase();
	return /^[a-z0-9]$/.test(first) ? first : OTHER;
}

function entryOf(source: AddressSource): AddressEntry {
	const network = source.canonical.slice(0, source.canonical.indexOf(':')) as Network;
	const href = canonicalHref(network, source.canonical);
	const name = pageName(source.canonical);
	return {
		canonical: source.canonical,
		network,
		name,
		// As the address bar shows it; without a safe link, the canonical form says the same.
		text: href ? href.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '') : source.canonical,
		href,
		alias: source.alias,
		account: source.account,
		org: source.org,
	};
}

const byName = (a: AddressEntry, b: AddressEntry) =>
	a.name < b.name ? -1 : a.name > b.name ? 1 : a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0;

/** Entries by network (NETWORKS order) and character (CHAR_ORDER), each list in alphabetical order. */
export function fileAddresses(sources: Iterable<AddressSource>): Map<Network, Map<string, AddressEntry[]>> {
	const filed = new Map<Network, Map<string, AddressEntry[]>>();
	for (const source of sources) {
		const entry = entryOf(source);
		const char = charOf(entry.name);
		let chars = filed.get(entry.network);
		if (!chars) filed.set(entry.network, (chars = new Map()));
		const list = chars.get(char);
		if (list) list.push(entry);
		else chars.set(char, [entry]);
	}
	const ordered = new Map<Network, Map<string, AddressEntry[]>>();
	for (const network of NETWORKS) {
		const chars = filed.get(network);
		if (!chars) continue;
		ordered.set(
			network,
			new Map(
				CHAR_ORDER.flatMap((char) => {
					const list = chars.get(char);
					return list ? [[char, list.sort(byName)] as const] : [];
				}),
			),
		);
	}
	return ordered;
}

export function letterHref(network: Network, char: string, page = 1): string {
	return `${INDEX_PATH}${network}/${char}/${page > 1 ? `${page}/` : ''}`;
}

export function networkHref(network: Network): string {
	return `${INDEX_PATH}${network}/`;
}

export interface LetterLink {
	char: string;
	count: number;
	href: string;
}

export interface NetworkSection {
	network: Network;
	count: number;
	href: string;
	letters: LetterLink[];
}

/** A page of one letter in the index, with its address range for the letter's contents. */
export interface ContentsItem {
	page: number;
	href: string;
	first: string;
	last: string;
}

export interface LetterPage {
	kind: 'letter';
	network: Network;
	char: string;
	page: number;
	pageCount: number;
	total: number;
	from: number;
	to: number;
	entries: AddressEntry[];
	/**
	 * On the first page of a letter that spans several: each page's first and last address, so a
	 * reader looking for vk.com/club224… among thousands of numeric addresses goes straight to the
	 * page that holds it instead of paging through. Null elsewhere (O(pages) once per letter).
	 */
	contents: ContentsItem[] | null;
	pageHref: (page: number) => string;
	section: NetworkSection;
}

export interface NetworkPage {
	kind: 'network';
	section: NetworkSection;
}

export interface AddressIndex {
	total: number;
	sections: NetworkSection[];
	filed: Map<Network, Map<string, AddressEntry[]>>;
}

/** The index from filed entries: sections with their letters and counts. */
export function indexOf(filed: Map<Network, Map<string, AddressEntry[]>>): AddressIndex {
	let total = 0;
	const sections = [...filed].map(([network, chars]) => {
		const letters = [...chars].map(([char, list]) => ({ char, count: list.length, href: letterHref(network, char) }));
		const count = letters.reduce((sum, letter) => sum + letter.count, 0);
		total += count;
		return { network, count, href: networkHref(network), letters };
	});
	return { total, sections, filed };
}

/** Every page of the index below /proverka/adresa/: one per network, then each letter's pages. */
export function pagesOf(index: AddressIndex, size = PAGE_SIZE): { path: string; props: LetterPage | NetworkPage }[] {
	const pages: { path: string; props: LetterPage | NetworkPage }[] = [];
	for (const section of index.sections) {
		pages.push({ path: section.network, props: { kind: 'network', section } });
		for (const [char, list] of index.filed.get(section.network)!) {
			const slices = pageSlices(list, size);
			const contents =
				slices.length > 1
					? slices.map((slice) => ({
							page: slice.page,
							href: letterHref(section.network, char, slice.page),
							first: slice.rows[0]!.text,
							last: slice.rows.at(-1)!.text,
						}))
					: null;
			for (const slice of slices) {
				pages.push({
					path: `${section.network}/${char}${slice.page > 1 ? `/${slice.page}` : ''}`,
					props: {
						kind: 'letter',
						network: section.network,
						char,
						page: slice.page,
						pageCount: slice.pageCount,
						total: list.length,
						from: slice.from,
						to: slice.to,
						entries: slice.rows,
						contents: slice.page === 1 ? contents : null,
						pageHref: (n) => letterHref(section.network, char, n),
						section,
					},
				});
			}
		}
	}
	return pages;
}

/**
 * Every registered address of the public data: the engine's account index gives each canonical
 * form once with the account it belongs to (so the site lists exactly the addresses the validator
 * accepted), and whether it is the account's main address (`url`) or an alias.
 */
function sources(): AddressSource[] {
	const { byId } = accountViews();
	const out: AddressSource[] = [];
	for (const [canonical, form] of accountIndex(publicData().dataset).byCanonical) {
		const row = byId.get(form.account);
		if (!row) continue;
		out.push({
			canonical,
			alias: form.path[0] !== 'url',
			account: { id: row.id, name: row.name, status: row.status, ...(row.closed ? { closed: row.closed.date } : {}) },
			org: orgRef(row.org),
		});
	}
	return out;
}

let cached: AddressIndex | undefined;

/** The index of the site's data, computed once per build. */
export function addressIndex(): AddressIndex {
	cached ??= indexOf(fileAddresses(sources()));
	return cached;
}

/** getStaticPaths of /proverka/adresa/[...path]. */
export function addressIndexPaths() {
	return pagesOf(addressIndex()).map(({ path, props }) => ({ params: { path }, props }));
}
