/**
 * The Atom feed of registry changes: the newest changes the account records date (opened,
 * registered, closed) and the record changes of the Git history (src/queries/history.ts), with
 * absolute links from site.baseUrl.
 */
import { t } from '../i18n/index.ts';
import { atomXml, tagUri, type AtomEntry } from '../lib/opendata/atom.ts';
import { registryChanges } from '../lib/opendata/changes.ts';
import { STRUCTURE_VERSION } from '../lib/opendata/registry.ts';
import { formatDate } from '../lib/ru-format.ts';
import type { Account } from '../schemas/account.ts';
import { accountLink } from './accounts.ts';
import { historyFeedEntries } from './history.ts';
import { absoluteUrl, getSite, publicData } from './site.ts';
import { networkName } from './stats.ts';

/** Feed readers poll often; 100 entries cover months of changes in a large region. */
const ENTRIES = 100;

/** The account's statement of official status (src/pages/akkaunt/[id].astro). */
export const statementPath = (account: Account) => `/akkaunt/${account.id}/`;

export function feedXml(): string {
	const site = getSite();
	const { dataset, accounts } = publicData();
	const dated: AtomEntry[] = registryChanges(accounts)
		.slice(0, ENTRIES)
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
	// Record changes from the Git history join the dated events, newest first (a stable sort keeps
	// each list's own order within a day).
	const entries = [...dated, ...historyFeedEntries()].sort((a, b) => (a.date === b.date ? 0 : a.date > b.date ? -1 : 1)).slice(0, ENTRIES);
	return atomXml({
		id: absoluteUrl('/'),
		title: t('opendata.feed.title', { site: site.name }),
		subtitle: t('opendata.feed.subtitle'),
		author: site.operator.name,
		alternate: absoluteUrl('/'),
		self: absoluteUrl('/feed.xml'),
		fallbackDate: site.asOf ?? STRUCTURE_VERSION,
		entries,
	});
}
