/**
 * Atom 1.0 (RFC 4287) feed of registry changes. Pure: the caller passes finished entries, so the
 * same data always give the same bytes (no build clock: `updated` is the newest entry's date).
 */
import { escapeXml } from './xml.ts';

export interface AtomEntry {
	/** Permanent id (a tag: URI), never reused for another change. */
	id: string;
	title: string;
	/** ISO date `YYYY-MM-DD` of the change. */
	date: string;
	/** The instant of the change in UTC (`2024-03-08T09:12:00Z`) when known; else midnight of `date`. */
	updated?: string;
	link: string;
	summary: string;
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle?: string;
	author: string;
	/** The site's home page. */
	alternate: string;
	/** Where the feed itself is published. */
	self: string;
	/** Used for `updated` when there are no entries. */
	fallbackDate: string;
	entries: readonly AtomEntry[];
}

/** Dates are calendar days; Atom wants an instant, so midnight UTC stands for the day. */
const instant = (date: string) => `${date}T00:00:00Z`;

const entryInstant = (entry: AtomEntry) => entry.updated ?? instant(entry.date);

export function atomXml(feed: AtomFeed): string {
	// Both forms are UTC with a «Z», so the strings compare as instants.
	const updated = feed.entries.reduce(
		(latest, entry) => (entryInstant(entry) > latest ? entryInstant(entry) : latest),
		feed.entries[0] ? entryInstant(feed.entries[0]) : instant(feed.fallbackDate),
	);
	const lines = [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">',
		`\t<id>${escapeXml(feed.id)}</id>`,
		`\t<title>${escapeXml(feed.title)}</title>`,
		...(feed.subtitle ? [`\t<subtitle>${escapeXml(feed.subtitle)}</subtitle>`] : []),
		`\t<updated>${updated}</updated>`,
		`\t<author><name>${escapeXml(feed.author)}</name></author>`,
		`\t<link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
		`\t<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
	];
	for (const entry of feed.entries) {
		lines.push(
			'\t<entry>',
			`\t\t<id>${escapeXml(entry.id)}</id>`,
			`\t\t<title>${escapeXml(entry.title)}</title>`,
			`\t\t<updated>${entryInstant(entry)}</updated>`,
			`\t\t<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
			`\t\t<summary>${escapeXml(entry.summary)}</summary>`,
			'\t</entry>',
		);
	}
	lines.push('</feed>', '');
	return lines.join('\n');
}

/** RFC 4151 tag URI: stable as long as the site's host and the change stay the same. */
export function tagUri(baseUrl: string, date: string, specific: string): string {
	return `tag:${new URL(baseUrl).host},${date}:${specific}`;
}
