/**
 * Record history for the site: when each account and organisation was added, changed and closed,
 * and by which merge request, read from Git once per build. Without a usable history (no git, not
 * a repository, a shallow clone) every list is empty, the pages show no history section, the feed
 * falls back to the dates the records hold, and the build log says why.
 *
 * Where the history comes from: the Git repository holding the data folder, or PORTAL_HISTORY, a
 * data folder inside another repository (`npm run build -- --history`): the demo data's believable
 * history (`npm run demo-history`, src/dev/demo/history.ts) lives in a repository of its own, as the
 * portal's own development log says nothing about the registry. PORTAL_REPOSITORY, the web address
 * of that repository, turns merge request numbers into links.
 */
import { t } from '../i18n/index.ts';
import {
	mergeRequestLabel,
	mergeRequestUrl,
	readGitHistory,
	recordKey,
	type EventKind,
	type HistoryEvent,
	type RecordKind,
} from '../lib/history/index.ts';
import { tagUri, type AtomEntry } from '../lib/opendata/atom.ts';
import { PublicAccountSchema, PublicOrganisationSchema } from '../lib/opendata/public-schema.ts';
import { formatDate } from '../lib/ru-format.ts';
import { absoluteUrl, dataDir, getSite, publicData } from './site.ts';
import { networkName } from './stats.ts';
import { buildEnv } from '../lib/build-env.ts';

export interface HistoryView {
	kind: EventKind;
	date: string;
	/** The instant in UTC (`2024-03-08T09:12:00Z`): orders a day's events. */
	instant: string;
	/** Full commit hash: the event's identity (feed ids). */
	commit: string;
	/** `!12` / `#12`; absent for a commit made straight on the main branch. */
	request?: string;
	/** The merge request's page, when the repository's address is known. */
	requestUrl?: string;
	/** What changed, in words: «название, адрес страницы». */
	fields?: string;
}

let cached: Map<string, HistoryEvent[]> | undefined;
let available = false;

/** The data folder whose repository holds the history: PORTAL_HISTORY, else the data folder itself. */
export function historyDir(): string {
	return buildEnv().history || dataDir();
}

/** The repository's web address (PORTAL_REPOSITORY), when it is an https address; else none. */
export function repositoryUrl(): string | undefined {
	const value = buildEnv().repository;
	if (!value) return undefined;
	try {
		return new URL(value).protocol === 'https:' ? value : undefined;
	} catch {
		return undefined;
	}
}

function records(): Map<string, HistoryEvent[]> {
	if (cached) return cached;
	const history = readGitHistory({ dataDir: historyDir() });
	available = history.ok;
	if (history.ok) cached = history.records;
	else {
		// The build goes on: history is a courtesy, the registry itself comes from the data.
		console.warn(t('history.unavailable', { reason: history.reason }));
		cached = new Map();
	}
	return cached;
}

/** Whether the build has a record history at all (a repository with at least one commit). */
export function hasHistory(): boolean {
	records();
	return available && cached!.size > 0;
}

const utc = (time: string) => {
	const ms = Date.parse(time);
	return Number.isNaN(ms) ? `${time.slice(0, 10)}T00:00:00Z` : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
};

function fieldNames(kind: RecordKind, fields: readonly string[]): string {
	const names = new Set<string>();
	for (const field of fields) {
		const key = `history.field.${kind}.${field}`;
		// A field an older schema had and today's has not: named generically, never by its key.
		names.add(FIELD_KEYS.has(key) ? t(key) : t('history.field.other'));
	}
	return [...names].join(', ');
}

// The fields a change can name are exactly the published ones: derived from the public schemas so a
// new public field cannot be missing here (its label must exist; tests/unit/history/field-labels.test.ts).
const FIELD_KEYS: ReadonlySet<string> = new Set([
	...Object.keys(PublicAccountSchema.shape).map((f) => `history.field.account.${f}`),
	...Object.keys(PublicOrganisationSchema.shape).map((f) => `history.field.org.${f}`),
]);

function view(kind: RecordKind, id: string): HistoryView[] {
	const repository = repositoryUrl();
	return (records().get(recordKey({ kind, id })) ?? []).map((event) => ({
		kind: event.kind,
		date: event.date,
		instant: utc(event.time),
		commit: event.commit,
		...(event.mergeRequest ? { request: mergeRequestLabel(event.mergeRequest) } : {}),
		...(event.mergeRequest && repository ? { requestUrl: mergeRequestUrl(repository, event.mergeRequest) } : {}),
		...(event.fields && event.kind !== 'closed' ? { fields: fieldNames(kind, event.fields) } : {}),
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

/** «Запись изменена: название» — an event as the statement and the feed word it. */
export function eventText(event: HistoryView): string {
	const text = t(`history.event.${event.kind}`);
	return event.fields ? t('history.fields', { event: text, fields: event.fields }) : text;
}

/** A record event as the statement lists it: with its wording (eventText), so the page needs no query code. */
export interface StatementEvent extends HistoryView {
	text: string;
}

export interface StatementHistory {
	events: StatementEvent[];
	/** The journal's first day, when it begins after the record's registration date. */
	startsLater?: string;
}

/**
 * The statement's view of its record history: the events, and where the journal starts later than
 * the record's registration date (a registry whose repository began with an import of earlier
 * records), the date it starts, so the first row reads as the start of the journal, not as the day
 * the page was entered in the registry.
 */
export function statementHistory(id: string, registered: string | undefined): StatementHistory {
	const events = accountHistory(id).map((event) => ({ ...event, text: eventText(event) }));
	const first = events[0];
	if (first?.kind === 'added' && registered !== undefined && registered < first.date) return { events, startsLater: first.date };
	return { events };
}

/** Same-commit order in the feed: the most consequential news first. */
const KIND_ORDER: Record<EventKind, number> = { closed: 0, removed: 1, changed: 2, added: 3 };

/** Feed entries of the record history, with what orders them: the instant, then the kind, then the record. */
export interface HistoryFeedEntry extends AtomEntry {
	order: [string, number, string];
}

/**
 * One feed entry per public change of a record the site shows: the commit and the record make
 * its id. Removals are left out: their pages are gone, and a closed page stays listed anyway.
 */
export function historyFeedEntries(): HistoryFeedEntry[] {
	const site = getSite();
	const { accounts, orgs } = publicData();
	const orgName = new Map(orgs.map((org) => [org.id, org.name]));
	const request = (event: HistoryView) => (event.request ? t('history.feed.request', { label: event.request }) : '');
	const entries: HistoryFeedEntry[] = [];
	for (const account of accounts) {
		for (const event of accountHistory(account.id)) {
			if (event.kind === 'removed') continue;
			const data = { name: account.name, network: networkName(account.network) };
			entries.push({
				id: tagUri(site.baseUrl, event.date, `account/${account.id}/history/${event.commit.slice(0, 12)}`),
				title: t(`history.feed.account.${event.kind}`, data),
				date: event.date,
				updated: event.instant,
				link: absoluteUrl(`/akkaunt/${account.id}/`),
				summary: t('history.feed.summary.account', {
					org: orgName.get(account.org) ?? account.org,
					event: eventText(event),
					date: formatDate(event.date),
					request: request(event),
				}),
				order: [event.instant, KIND_ORDER[event.kind], `account/${account.id}`],
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
				updated: event.instant,
				link: absoluteUrl(`/org/${org.id}/`),
				summary: t('history.feed.summary.org', { event: eventText(event), date: formatDate(event.date), request: request(event) }),
				order: [event.instant, KIND_ORDER[event.kind], `org/${org.id}`],
			});
		}
	}
	// Newest first; within one instant (one commit), closures before changes before additions, then by record.
	return entries.sort((a, b) =>
		a.order[0] !== b.order[0]
			? a.order[0] > b.order[0]
				? -1
				: 1
			: a.order[1] - b.order[1] || (a.order[2] < b.order[2] ? -1 : a.order[2] > b.order[2] ? 1 : 0),
	);
}
