/**
 * Record history for the site: when each account and organisation was added, changed and closed,
 * and by which merge request, read from Git once per build. Without a usable history (no git, not
 * a repository, a shallow clone) every list is empty, the pages show no history section, and the
 * build log says why.
 */
import { t } from '../i18n/index.ts';
import { mergeRequestLabel, readGitHistory, recordKey, type EventKind, type HistoryEvent, type RecordKind } from '../lib/history/index.ts';
import { tagUri, type AtomEntry } from '../lib/opendata/atom.ts';
import { formatDate } from '../lib/ru-format.ts';
import { absoluteUrl, dataDir, getSite, publicData } from './site.ts';
import { networkName } from './stats.ts';

export interface HistoryView {
	kind: EventKind;
	date: string;
	/** Full commit hash: the event's identity (feed ids). */
	commit: string;
	/** `!12` / `#12`; absent for a commit made straight on the main branch. */
	request?: string;
}

let cached: Map<string, HistoryEvent[]> | undefined;

function records(): Map<string, HistoryEvent[]> {
	if (cached) return cached;
	const closedAccounts = new Set(publicData().accounts.filter((a) => a.status === 'closed').map((a) => a.id));
	const history = readGitHistory({ dataDir: dataDir(), closedAccounts });
	if (history.ok) cached = history.records;
	else {
		// The build goes on: history is a courtesy, the registry itself comes from the data.
		console.warn(t('history.unavailable', { reason: history.reason }));
		cached = new Map();
	}
	return cached;
}

function view(kind: RecordKind, id: string): HistoryView[] {
	return (records().get(recordKey({ kind, id })) ?? []).map((event) => ({
		kind: event.kind,
		date: event.date,
		commit: event.commit,
		...(event.mergeRequest ? { request: mergeRequestLabel(event.mergeRequest) } : {}),
	}));
}

/** An account's record events, oldest first; empty without history. */
export function accountHistory(id: string): HistoryView[] {
	return view('account', id);
}

/** An organisation's record events, oldest first; empty without history. */
export function orgHistory(id: string): HistoryView[] {
	return view('org', id);
}

/**
 * One feed entry per change of a record the site shows. Removals are left out: their pages are
 * gone, and a closed page stays listed anyway.
 */
export function historyFeedEntries(): AtomEntry[] {
	const site = getSite();
	const { accounts, orgs } = publicData();
	const orgName = new Map(orgs.map((org) => [org.id, org.name]));
	const request = (event: HistoryView) => (event.request ? t('history.feed.request', { label: event.request }) : '');
	const entries: AtomEntry[] = [];
	for (const account of accounts) {
		for (const event of accountHistory(account.id)) {
			if (event.kind === 'removed') continue;
			const data = { name: account.name, network: networkName(account.network) };
			entries.push({
				id: tagUri(site.baseUrl, event.date, `account/${account.id}/history/${event.commit.slice(0, 12)}`),
				title: t(`history.feed.account.${event.kind}`, data),
				date: event.date,
				link: absoluteUrl(`/akkaunt/${account.id}/`),
				summary: t('history.feed.summary.account', { org: orgName.get(account.org) ?? account.org, event: t(`history.event.${event.kind}`), date: formatDate(event.date), request: request(event) }),
			});
		}
	}
	for (const org of orgs) {
		for (const event of orgHistory(org.id)) {
			// Organisations have no status of their own: they are added and changed only.
			if (event.kind !== 'added' && event.kind !== 'changed') continue;
			entries.push({
				id: tagUri(site.baseUrl, event.date, `org/${org.id}/history/${event.commit.slice(0, 12)}`),
				title: t(`history.feed.org.${event.kind}`, { name: org.name }),
				date: event.date,
				link: absoluteUrl(`/org/${org.id}/`),
				summary: t('history.feed.summary.org', { event: t(`history.event.${event.kind}`), date: formatDate(event.date), request: request(event) }),
			});
		}
	}
	return entries;
}
