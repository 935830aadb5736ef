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
	/** Inside the set's folder. */
	meta: string;
	structure: string;
	data: string;
	/** The spreadsheet copy of `data` (src/lib/csv/excel.ts). */
	excel: string;
}

/**
 * The data version's date is its «modified» date, and never earlier than its structure's: the file
 * `data-<date>-structure-<date>.csv` is written under that structure, so it cannot predate it (v3.0
 * dates the versions of a set in publication order). When the structure is the newer, the
 * structure's change is the set's latest change.
 */
export function versionDate(dates: PassportDates): string {
	return dates.modified > dates.structure ? dates.modified : dates.structure;
}

export function passportFiles(dates: PassportDates): PassportFiles {
	const structure = compactDate(dates.structure);
	const data = `data-${compactDate(versionDate(dates))}-structure-${structure}`;
	return { meta: 'meta.csv', structure: `structure-${structure}.csv`, data: `${data}.csv`, excel: `${data}${EXCEL_SUFFIX}` };
}

/** Suffix of the spreadsheet copy of a data file: outside the v3.0 pattern, so no reader takes it for a version. */
export const EXCEL_SUFFIX = '-excel.csv';

/** Codes of the data sets within the publisher's open data (Latin, as v3.0 asks). */
export const DATASET_CODES = { registry: 'socialmediaaccounts', stats: 'socialmediastats' } as const;

/**
 * v3.0 identifiers start with the publisher's INN. The site settings do not carry it, so it is
 * taken from the operator's own organisation in the registry (same website); without one, the
 * identifier is the data set's code alone.
 */
export function datasetIdentifier(site: Site, orgs: readonly Organisation[], code: string = DATASET_CODES.registry): string {
	const origin = (url: string) => {
		try {
			return new URL(url).origin;
		} catch {
			return url;
		}
	};
	const operator = origin(site.operator.website);
	const own = orgs.filter((org) => org.website !== undefined && origin(org.website) === operator).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
	return own ? `${own.inn}-${code}` : code;
}

/** What changed on the `modified` date, in words, for the `provenance` property. */
export function registryProvenance(accounts: readonly Account[], date: string, t: Translate): string {
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

/**
 * The terms of use (v3.0, 2.4.4: the set's page must state them, or link a licence; they may not
 * ask for a contract, restrict commercial use or charge, and may ask to cite the source). CC BY 4.0
 * says exactly that; its address is the passport's `license` value, the words are on the page.
 */
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/deed.ru';

/** A data version carried over from an earlier publication (src/loaders/opendata-versions.ts). */
export interface EarlierVersion {
	/** `data-<date>-structure-<date>.csv` or `structure-<date>.csv`. */
	name: string;
}

export interface SetInput {
	site: Site;
	identifier: string;
	title: string;
	description: string;
	subject: string;
	dates: PassportDates;
	/** How `dates.modified` changed the set, in words. */
	provenance: string;
	/** Absolute address of /opendata/, with a trailing slash; the set lies in `<identifier>/` inside it. */
	folderUrl: string;
	/** Names of earlier files of the set, carried over: listed in the passport after the current ones. */
	earlier: readonly string[];
}

export interface Passport {
	identifier: string;
	title: string;
	/** Absolute address of the set's folder, with a trailing slash. */
	setUrl: string;
	dates: PassportDates;
	files: PassportFiles;
	/** Earlier data versions (file names), newest first. */
	earlierData: string[];
	/** meta.csv as `property,value` rows, in the order of the recommendations. */
	rows: [property: string, value: string][];
}

const DATA_NAME = /^data-(\d{8})-structure-(\d{8})\.csv$/;
const STRUCTURE_NAME = /^structure-(\d{8})\.csv$/;

export function setPassport({ site, identifier, title, description, subject, dates, provenance, folderUrl, earlier }: SetInput): Passport {
	const files = passportFiles(dates);
	const setUrl = `${folderUrl}${identifier}/`;
	const key = (name: string) => name.replace(/\.csv$/, '');
	const earlierData = earlier
		.filter((name) => DATA_NAME.test(name) && name !== files.data)
		.sort()
		.reverse();
	const earlierStructures = earlier
		.filter((name) => STRUCTURE_NAME.test(name) && name !== files.structure)
		.sort()
		.reverse();
	const version = compactDate(versionDate(dates));
	const rows: Passport['rows'] = [
		['standardversion', STANDARD_VERSION],
		['identifier', identifier],
		['title', title],
		['description', description],
		['creator', site.operator.name],
		['created', compactDate(dates.created)],
		['modified', version],
		['subject', subject],
		['format', 'csv'],
		['provenance', provenance],
		// «Дата актуальности»: the data describe the set as of its latest change.
		['valid', version],
		// The operator, not a person: the passport must not publish a staff name without consent.
		['publishername', site.operator.name],
		['publisherphone', compactPhone(site.operator.phone) ?? ''],
		['publishermbox', site.operator.email ?? ''],
		['license', LICENSE_URL],
		// Every version, newest first, each citing its structure (v3.0: earlier versions stay published).
		[key(files.data), setUrl + files.data],
		...earlierData.map((name): [string, string] => [key(name), setUrl + name]),
		[key(files.structure), setUrl + files.structure],
		...earlierStructures.map((name): [string, string] => [key(name), setUrl + name]),
	];
	return { identifier, title, setUrl, dates, files, earlierData, rows };
}

export interface PassportInput {
	site: Site;
	orgs: readonly Organisation[];
	accounts: readonly Account[];
	/** Absolute address of /opendata/, with a trailing slash. */
	folderUrl: string;
	earlier?: readonly string[];
	t: Translate;
}

/** The registry set's passport. */
export function passport({ site, orgs, accounts, folderUrl, earlier = [], t }: PassportInput): Passport {
	const dates = passportDates(accounts);
	const provenance =
		dates.structure > dates.modified ? t('opendata.provenance.structure') : registryProvenance(accounts, dates.modified, t);
	return setPassport({
		site,
		identifier: datasetIdentifier(site, orgs),
		title: t('opendata.passport.title', { site: site.name }),
		description: t('opendata.passport.description', { operator: site.operator.name }),
		subject: t('opendata.passport.subject'),
		dates,
		provenance,
		folderUrl,
		earlier,
	});
}

export function metaCsv(passport: Passport): string {
	return writePublishedTable(
		['property', 'value'],
		passport.rows.map(([property, value]) => ({ property, value })),
	);
}

/**
 * /opendata/list.csv, the publisher's register of its sets (v3.0): `property,title,value,format`,
 * the `standardversion` row first, then one row per set with the address of its passport.
 */
export function listCsv(passports: readonly Passport[], t: Translate): string {
	const rows = [
		{ property: 'standardversion', title: t('opendata.property.standardversion'), value: STANDARD_VERSION, format: '' },
		...passports.map((pass) => ({ property: pass.identifier, title: pass.title, value: pass.setUrl + pass.files.meta, format: 'csv' })),
	];
	return writePublishedTable(['property', 'title', 'value', 'format'], rows);
}
