/**
 * The Atom feed of registry changes, newest first, with absolute links from site.baseUrl.
 *
 * With a record history (src/queries/history.ts) the feed is that history: every public change of
 * every record — an addition, a change, a closure — one entry per record and commit, the tag URI
 * made of both, so an entry keeps its id from build to build. Without one (no repository, a
 * shallow clone) it falls back to the dates the account records hold: opened, registered, closed.
 *
 * Capped at FEED_ENTRIES, newest first (docs/history.md): a feed is polled, not read back to the
 * beginning; the whole history of a record stays on its page.
 */
import { t } from '../i18n/index.ts';
import { atomXml, tagUri, type AtomEntry } from '../lib/opendata/atom.ts';
import { registryChanges } from '../lib/opendata/changes.ts';
import { STRUCTURE_VERSION } from '../lib/opendata/registry.ts';
import { formatDate } from '../lib/ru-format.ts';
import type { Account } from '../schemas/account.ts';
import { accountLink } from './accounts.ts';
import { hasHistory, historyFeedEntries } from './history.ts';
import { absoluteUrl, getSite, publicData } from './site.ts';
import { networkName } from './stats.ts';

/**
 * Feed readers poll daily or weekly: 250 entries hold more than a week of changes of a large
 * region's registry, and keep the file small (about 150 KB).
 */
export const FEED_ENTRIES = 250;

/** The account's statement of official status (src/pages/akkaunt/[id].astro). */
export const statementPath = (account: Account) => `/akkaunt/${account.id}/`;

export function feedXml(): string {
	const site = getSite();
	const entries = hasHistory()
		? historyFeedEntries()
				.slice(0, FEED_ENTRIES)
				.map(({ order: _order, ...entry }) => entry)
		: datedEntries();
	return atomXml({
		id: absoluteUrl('/'),
		title: t('opendata.feed.title', { site: site.name }),
		subtitle: t(hasHistory() ? 'opendata.feed.subtitle' : 'opendata.feed.subtitleDated'),
		author: site.operator.name,
		alternate: absoluteUrl('/'),
		self: absoluteUrl('/feed.xml'),
		fallbackDate: site.asOf ?? STRUCTURE_VERSION,
		entries,
	});
}

/** Without a history: the changes the account records date, newest first. */
function datedEntries(): AtomEntry[] {
	const site = getSite();
	const { dataset, accounts } = publicData();
	return registryChanges(accounts)
		.slice(0, FEED_ENTRIES)
		.map(({ date, kind, account }) => {
			const org = dataset.orgs.get(account.org)?.value;
			const data = {
				name: account.name,
				network: networkName(account.network),
				org: org?.name ?? account.org,
				// Only the canonicalised address (src/queries/accounts.ts): feed readers turn text into links.
				url: accountLink(account.network, account.url).href ?? t('opendata.feed.noUrl'),
				date: formatDate(date),
				reason: account.closed?.reason ?? '',
			};
			return {
				id: tagUri(site.baseUrl, date, `account/${account.id}/${kind}`),
				title: t(`opendata.feed.entry.${kind}`, data),
				date,
				link: absoluteUrl(statementPath(account)),
				summary: t(`opendata.feed.summary.${kind}`, data),
			};
		});
}
