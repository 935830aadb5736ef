/**
 * Accounts as the site shows them: safe links, registry rows, statements of official status and
 * the latest registry events. Everything is computed once per build and cached at module level,
 * so pages that share a view (registry listings, org pages, the home page) never recompute it.
 */
import { httpsForm, type Account, type AccountStatus } from '../schemas/account.ts';
import type { Network } from '../schemas/common.ts';
import type { Organisation } from '../schemas/organisation.ts';
import { accountUrl, canonicalise, NETWORK_HOSTS, NETWORKS } from '../lib/links/index.ts';
import { basisOf, type ClauseRef } from './policies.ts';
import { absoluteUrl, asOf, publicData } from './site.ts';

/** The page's address: `href` only for https on one of the network's own hosts, else plain text. */
export interface AccountLink {
	href: string | null;
	text: string;
}

export interface AccountRow {
	id: string;
	org: string;
	name: string;
	network: Network;
	kind: Account['kind'];
	status: AccountStatus;
	link: AccountLink;
	opened?: string;
	registered?: string;
	closed?: { date: string; reason: string };
}

export interface OrgRef {
	id: string;
	name: string;
	/** The account names an organisation whose file is missing or invalid: no page to link to. */
	missing?: true;
}

/** Reference to an account's organisation; unknown ids (the check reports them) stay unlinked. */
export function orgRef(id: string): OrgRef {
	const org = accountViews().orgs.get(id);
	return org ? { id, name: org.name } : { id, name: id, missing: true };
}

/**
 * A stored address becomes a link only through the canonicaliser: the rendered href is rebuilt
 * from the canonical id, so a lookalike host, `javascript:` or http never reaches an <a>.
 */
export function accountLink(network: Network, url: string): AccountLink {
	const resolution = canonicalise(url);
	if (resolution.kind === 'account' && resolution.network === network && resolution.canonical) {
		const href = canonicalHref(network, resolution.canonical);
		if (href) return { href, text: href };
	}
	// Not a link to show as one; its text still never reads http:// (the schema refuses it too).
	return { href: null, text: httpsForm(url) };
}

/**
 * The https URL of a canonical id on one of `network`'s own hosts, or null: every link to a page
 * in a social network that the site renders is built here, so none leads to another host.
 */
export function canonicalHref(network: Network, canonical: string): string | null {
	const href = accountUrl(canonical);
	if (!href) return null;
	const parsed = new URL(href);
	return parsed.protocol === 'https:' && NETWORK_HOSTS[network].includes(parsed.hostname) ? href : null;
}

function toRow(account: Account): AccountRow {
	return {
		id: account.id,
		org: account.org,
		name: account.name,
		network: account.network,
		kind: account.kind,
		status: account.status,
		link: accountLink(account.network, account.url),
		...(account.opened ? { opened: account.opened } : {}),
		...(account.registered ? { registered: account.registered } : {}),
		...(account.closed ? { closed: account.closed } : {}),
	};
}

const COLLATOR = new Intl.Collator('ru');
const NETWORK_ORDER = new Map<string, number>(NETWORKS.map((n, i) => [n, i]));

interface AccountViews {
	rows: AccountRow[];
	byId: Map<string, AccountRow>;
	byOrg: Map<string, AccountRow[]>;
	orgs: Map<string, Organisation>;
}

let views: AccountViews | undefined;

/**
 * Every account as a row, sorted as the registry lists them: by organisation name, then network
 * order, then id. Org pages and registry listings slice this one array.
 */
export function accountViews(): AccountViews {
	if (views) return views;
	const { orgs, accounts } = publicData();
	const orgById = new Map(orgs.map((org) => [org.id, org]));
	const orgName = (id: string) => orgById.get(id)?.name ?? id;
	// Organisations are ranked once by name: collating names in the sort of the rows themselves was
	// 3.6 million comparisons at 200,000 accounts, against 0.8 million here (build budget, docs/benchmarks.md).
	const rank = new Map(
		[...new Set(accounts.map((account) => account.org))]
			.sort((a, b) => COLLATOR.compare(orgName(a), orgName(b)) || a.localeCompare(b))
			.map((org, i) => [org, i]),
	);
	const rows = accounts
		.map(toRow)
		.sort(
			(a, b) =>
				rank.get(a.org)! - rank.get(b.org)! || NETWORK_ORDER.get(a.network)! - NETWORK_ORDER.get(b.network)! || a.id.localeCompare(b.id),
		);
	const byOrg = new Map<string, AccountRow[]>();
	for (const row of rows) {
		const list = byOrg.get(row.org);
		if (list) list.push(row);
		else byOrg.set(row.org, [row]);
	}
	views = { rows, byId: new Map(rows.map((row) => [row.id, row])), byOrg, orgs: orgById };
	return views;
}

export type EventKind = 'opened' | 'registered' | 'gospabliki' | 'closed';

export interface AccountEvent {
	date: string;
	kind: EventKind;
	/** Closing reason, for `closed`. */
	detail?: string;
}

function historyOf(account: Account): AccountEvent[] {
	const events: AccountEvent[] = [];
	if (account.opened) events.push({ date: account.opened, kind: 'opened' });
	if (account.registered) events.push({ date: account.registered, kind: 'registered' });
	if (account.gospabliki) events.push({ date: account.gospabliki, kind: 'gospabliki' });
	if (account.closed) events.push({ date: account.closed.date, kind: 'closed', detail: account.closed.reason });
	const order: EventKind[] = ['opened', 'registered', 'gospabliki', 'closed'];
	return events.sort((a, b) => a.date.localeCompare(b.date) || order.indexOf(a.kind) - order.indexOf(b.kind));
}

export interface RegistryChange extends AccountEvent {
	account: Pick<AccountRow, 'id' | 'name' | 'network'>;
	org: OrgRef;
}

/** The latest registry events (page opened, entered in the registry, closed), newest first. */
export function latestChanges(limit = 10): RegistryChange[] {
	const changes: RegistryChange[] = [];
	for (const account of publicData().accounts) {
		for (const event of historyOf(account)) {
			if (event.kind === 'gospabliki') continue;
			changes.push({ ...event, account: { id: account.id, name: account.name, network: account.network }, org: orgRef(account.org) });
		}
	}
	return changes.sort((a, b) => b.date.localeCompare(a.date) || a.account.id.localeCompare(b.account.id)).slice(0, limit);
}

/** Counts for the home page: organisations, active accounts per network (display order). */
export function registryCounts(): { orgs: number; active: number; byNetwork: { network: Network; active: number }[] } {
	const { rows, orgs } = accountViews();
	const active = new Map<Network, number>();
	for (const row of rows) if (row.status === 'active') active.set(row.network, (active.get(row.network) ?? 0) + 1);
	return {
		orgs: orgs.size,
		active: [...active.values()].reduce((a, b) => a + b, 0),
		byNetwork: NETWORKS.filter((n) => active.has(n)).map((network) => ({ network, active: active.get(network)! })),
	};
}

export interface Statement {
	account: AccountRow & Pick<Account, 'reviewed' | 'gospabliki' | 'responsible'>;
	org: OrgRef | null;
	/** Official since: entered in the registry, or opened where the entry date is unknown. */
	since: string | null;
	basis: ClauseRef[];
	history: AccountEvent[];
	/** Absolute URL of the statement (QR code, snippet). */
	url: string;
	/** The registered page that continues a closed one (closed.successor), or null. */
	successor: Pick<AccountRow, 'id' | 'name' | 'network'> | null;
}

/** Only a registered successor is linked: an id the registry does not hold would be a dead link. */
function successorOf(account: Account): Statement['successor'] {
	const id = account.closed?.successor;
	const row = id === undefined ? undefined : accountViews().byId.get(id);
	return row ? { id: row.id, name: row.name, network: row.network } : null;
}

function statementOf(account: Account, today: string): Statement {
	const { byId, orgs } = accountViews();
	const org = orgs.get(account.org);
	const since = account.registered ?? account.opened ?? null;
	return {
		account: {
			...byId.get(account.id)!,
			...(account.reviewed ? { reviewed: account.reviewed } : {}),
			...(account.gospabliki ? { gospabliki: account.gospabliki } : {}),
			// The schema already refuses a name without consent; checked again because a name is personal data.
			...(account.responsible
				? {
						responsible: {
							position: account.responsible.position,
							publishName: account.responsible.publishName,
							...(account.responsible.publishName && account.responsible.name ? { name: account.responsible.name } : {}),
						},
					}
				: {}),
		},
		org: org ? { id: org.id, name: org.name } : null,
		since,
		basis: basisOf(org, since ?? undefined, account.closed?.date ?? today),
		history: historyOf(account),
		url: absoluteUrl(`/akkaunt/${account.id}/`),
		successor: successorOf(account),
	};
}

/**
 * One statement per account. Paths carry only the id and the page builds its statement when it
 * renders: Astro keeps every path's props for the whole build, and 200,000 statements held there
 * kept V8 collecting garbage a third of the time at national scale (build budget, docs/benchmarks.md).
 */
export function statementPaths() {
	return publicData().accounts.map((account) => ({ params: { id: account.id } }));
}

export function getStatement(id: string): Statement {
	const account = publicData().dataset.accounts.get(id)?.value;
	if (!account) throw new Error(`нет аккаунта ${id}`);
	return statementOf(account, asOf());
}
