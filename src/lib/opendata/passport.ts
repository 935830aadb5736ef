/**
 * The Russian open-data passport (Методические рекомендации по публикации открытых данных, версия
 * 3.0): meta.csv with `property,value` rows, the structure file and the versioned data file
 * `data-<date>-structure-<date>.csv`. Every date comes from the data or from STRUCTURE_VERSION, never
 * from the build clock, so two builds of the same data publish byte-identical files.
 */
import { writePublishedTable } from '../csv/write.ts';
import type { Account } from '../../schemas/account.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { Site } from '../../schemas/site.ts';
import { STRUCTURE_VERSION } from './registry.ts';
import type { Translate } from './types.ts';

export const STANDARD_VERSION = 'http://opendata.gosmonitor.ru/standard/3.0';

/** Dates a record carries: any of them moving means the record changed. */
function recordDates(account: Account): string[] {
	const dates = [account.opened, account.registered, account.closed?.date, account.reviewed, account.gospabliki];
	return dates.filter((date): date is string => typeof date === 'string');
}

/** `2026-10-05` → `20261005`, the form v3.0 uses in properties and file names. */
export const compactDate = (iso: string) => iso.replace(/-/g, '');

export interface PassportDates {
	/** First entry in the registry. */
	created: string;
	/** Latest dated change of any record. */
	modified: string;
	structure: string;
}

export function passportDates(accounts: readonly Account[]): PassportDates {
	let modified: string | undefined;
	let created: string | undefined;
	let earliest: string | undefined;
	for (const account of accounts) {
		for (const date of recordDates(account)) {
			if (modified === undefined || date > modified) modified = date;
			if (earliest === undefined || date < earliest) earliest = date;
		}
		if (account.registered && (created === undefined || account.registered < created)) created = account.registered;
	}
	return { created: created ?? earliest ?? STRUCTURE_VERSION, modified: modified ?? STRUCTURE_VERSION, structure: STRUCTURE_VERSION };
}

export interface PassportFiles {
	structure: string;
	data: string;
}

export function passportFiles(dates: PassportDates): PassportFiles {
	const structure = compactDate(dates.structure);
	return { structure: `structure-${structure}.csv`, data: `data-${compactDate(dates.modified)}-structure-${structure}.csv` };
}

/** Code of this data set within the publisher's open data (Latin, as v3.0 asks). */
const DATASET_CODE = 'socialmediaaccounts';

/**
 * v3.0 identifiers start with the publisher's INN. The site settings do not carry it, so it is
 * taken from the operator's own organisation in the registry (same website); without one, the
 * identifier is the data set's code alone.
 */
export function datasetIdentifier(site: Site, orgs: readonly Organisation[]): string {
	const origin = (url: string) => {
		try {
			return new URL(url).origin;
		} catch {
			return url;
		}
	};
	const operator = origin(site.operator.website);
	const own = orgs.filter((org) => org.website !== undefined && origin(org.website) === operator).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
	return own ? `${own.inn}-${DATASET_CODE}` : DATASET_CODE;
}

/** What changed on the `modified` date, in words, for the `provenance` property. */
function provenance(accounts: readonly Account[], date: string, t: Translate): string {
	const counts = { registered: 0, opened: 0, closed: 0, reviewed: 0, gospabliki: 0 };
	for (const account of accounts) {
		if (account.registered === date) counts.registered++;
		if (account.opened === date) counts.opened++;
		if (account.closed?.date === date) counts.closed++;
		if (account.reviewed === date) counts.reviewed++;
		if (account.gospabliki === date) counts.gospabliki++;
	}
	const parts = Object.entries(counts)
		.filter(([, count]) => count > 0)
		.map(([kind, count]) => t(`opendata.provenance.${kind}`, { count }));
	return parts.length ? t('opendata.provenance', { changes: parts.join('; ') }) : t('opendata.provenance.none');
}

/** Phone as v3.0 examples publish it: `+74999921001`. */
const compactPhone = (phone: string | undefined) => phone?.replace(/[^\d+]/g, '');

export interface PassportInput {
	site: Site;
	orgs: readonly Organisation[];
	accounts: readonly Account[];
	/** Absolute address of the folder the files are published in, with a trailing slash. */
	folderUrl: string;
	t: Translate;
}

export interface Passport {
	identifier: string;
	dates: PassportDates;
	files: PassportFiles;
	/** meta.csv as `property,value` rows, in the order of the recommendations. */
	rows: [property: string, value: string][];
}

export function passport({ site, orgs, accounts, folderUrl, t }: PassportInput): Passport {
	const dates = passportDates(accounts);
	const files = passportFiles(dates);
	const dataKey = files.data.replace(/\.csv$/, '');
	const structureKey = files.structure.replace(/\.csv$/, '');
	const rows: Passport['rows'] = [
		['standardversion', STANDARD_VERSION],
		['identifier', datasetIdentifier(site, orgs)],
		['title', t('opendata.passport.title', { site: site.name })],
		['description', t('opendata.passport.description', { operator: site.operator.name })],
		['creator', site.operator.name],
		['created', compactDate(dates.created)],
		['modified', compactDate(dates.modified)],
		['subject', t('opendata.passport.subject')],
		['format', 'csv'],
		['provenance', provenance(accounts, dates.modified, t)],
		// «Дата актуальности»: the data describe the registry as of its latest change.
		['valid', compactDate(dates.modified)],
		// The operator, not a person: the passport must not publish a staff name without consent.
		['publishername', site.operator.name],
		['publisherphone', compactPhone(site.operator.phone) ?? ''],
		['publishermbox', site.operator.email ?? ''],
		[dataKey, folderUrl + files.data],
		[structureKey, folderUrl + files.structure],
	];
	return { identifier: rows[1]![1], dates, files, rows };
}

export function metaCsv(passport: Passport): string {
	return writePublishedTable(['property', 'value'], passport.rows.map(([property, value]) => ({ property, value })));
}
