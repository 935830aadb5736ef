/**
 * The registry listing, filtered without JavaScript: one pre-rendered listing per single filter
 * value (`/reestr/set/vk/`, `/reestr/vid/subordinate/`, `/reestr/status/closed/`), each paginated
 * (`/reestr/2/`, `/reestr/set/vk/2/`). All listings slice the one sorted row array, so the whole
 * registry costs O(accounts) per listing family, never per page.
 */
import { exemptOrgs } from './orgs.ts';
import { pageSlices } from '../lib/paginate.ts';
import { AccountStatusSchema } from '../schemas/account.ts';
import { OrgKindSchema } from '../schemas/common.ts';
import { NETWORKS } from '../lib/links/index.ts';
import { accountViews, orgRef, type AccountRow, type OrgRef } from './accounts.ts';

export const PAGE_SIZE = 100;

/** URL segment of each filter family (transliterated Russian, as the site's other paths). */
export const FILTER_SEGMENTS = { network: 'set', kind: 'vid', status: 'status' } as const;
export type FilterFamily = keyof typeof FILTER_SEGMENTS;

export type Filter = { family: FilterFamily; value: string } | null;

/**
 * Dictionary key of a filter value as the listing's heading words it: the network's name, the
 * kind in the genitive plural («подведомственных организаций»), the status as «закрытые страницы».
 */
export function filterTitleKey(filter: NonNullable<Filter>): string {
	return `${{ network: 'network', kind: 'registry.kindOf', status: 'registry.statusOf' }[filter.family]}.${filter.value}`;
}

export interface FilterOption {
	value: string;
	count: number;
	href: string;
}

/** The filter nav: each family with the values that have accounts. */
export interface FilterNav {
	network: FilterOption[];
	kind: FilterOption[];
	status: FilterOption[];
	/** The list of bodies exempt from keeping pages, which no account listing shows; null when none is. */
	exempt: { count: number; href: string } | null;
}

export const EXEMPT_HREF = '/reestr/osvobozhdeny/';

export interface RegistryGroup {
	org: OrgRef;
	/** The organisation's rows began on an earlier page. */
	continued: boolean;
	rows: AccountRow[];
}

export interface RegistryPage {
	filter: Filter;
	page: number;
	pageCount: number;
	total: number;
	groups: RegistryGroup[];
	/** First and last position on this page (1-based), for «101–200 из 1 234». */
	from: number;
	to: number;
	pageHref: (page: number) => string;
	nav: FilterNav;
	allHref: string;
}

export function listingHref(filter: Filter, page = 1): string {
	const base = filter ? `/reestr/${FILTER_SEGMENTS[filter.family]}/${filter.value}/` : '/reestr/';
	return page > 1 ? `${base}${page}/` : base;
}

function filterNav(listings: Map<string, { filter: Filter; rows: AccountRow[] }>): FilterNav {
	const options = (family: FilterFamily, values: readonly string[]): FilterOption[] =>
		values.flatMap((value) => {
			const listing = listings.get(`${family}/${value}`);
			return listing ? [{ value, count: listing.rows.length, href: listingHref(listing.filter) }] : [];
		});
	return {
		network: options('network', NETWORKS),
		kind: options('kind', OrgKindSchema.options),
		status: options('status', AccountStatusSchema.options),
		exempt: exemptOrgs().length ? { count: exemptOrgs().length, href: EXEMPT_HREF } : null,
	};
}

/** Rows of every listing: all, and one per filter value that has accounts. */
function listings(): Map<string, { filter: Filter; rows: AccountRow[] }> {
	const { rows, orgs } = accountViews();
	const out = new Map<string, { filter: Filter; rows: AccountRow[] }>([['all', { filter: null, rows }]]);
	const add = (family: FilterFamily, value: string | undefined, row: AccountRow) => {
		if (value === undefined) return;
		const key = `${family}/${value}`;
		const listing = out.get(key);
		if (listing) listing.rows.push(row);
		else out.set(key, { filter: { family, value }, rows: [row] });
	};
	for (const row of rows) {
		add('network', row.network, row);
		add('kind', orgs.get(row.org)?.kind, row);
		add('status', row.status, row);
	}
	return out;
}

function groupRows(rows: AccountRow[], previous: AccountRow | undefined): RegistryGroup[] {
	const groups: RegistryGroup[] = [];
	for (const row of rows) {
		const last = groups.at(-1);
		if (last && last.org.id === row.org) last.rows.push(row);
		else groups.push({ org: orgRef(row.org), continued: groups.length === 0 && previous?.org === row.org, rows: [row] });
	}
	return groups;
}

export function registryPaths() {
	const all = listings();
	const nav = filterNav(all);
	const allHref = listingHref(null);
	return [...all.values()].flatMap(({ filter, rows }) => {
		return pageSlices(rows, PAGE_SIZE).map(({ page, pageCount, rows: slice, from, to }) => {
			const path = listingHref(filter, page).slice('/reestr/'.length, -1);
			const props: RegistryPage = {
				filter,
				page,
				pageCount,
				total: rows.length,
				groups: groupRows(slice, rows[(page - 1) * PAGE_SIZE - 1]),
				from,
				to,
				pageHref: (n) => listingHref(filter, n),
				nav,
				allHref,
			};
			return { params: { path: path === '' ? undefined : path }, props };
		});
	});
}
