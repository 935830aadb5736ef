/**
 * The registry as a flat CSV (one row per account, with its organisation's name and ids) and as a
 * JSON document. Column names, English descriptions and formats live here because they are the
 * data set's structure (Russian open-data recommendations v3.0, structure file); the Russian
 * descriptions are UI text and come from src/i18n/ru/opendata.json.
 */
import { writePublishedTable } from '../csv/write.ts';
import type { Account } from '../../schemas/account.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import {
	toPublicAccount,
	toPublicOrganisation,
	type PublicAccount,
	type PublicOrganisation,
	type RegistryDocument,
} from './public-schema.ts';
import type { Translate } from './types.ts';

export interface RegistryColumn {
	name: string;
	english: string;
	/** Value format as the structure file names it. */
	format: 'string' | 'date' | 'boolean';
	value: (account: PublicAccount, org: PublicOrganisation | undefined) => string | undefined;
}

const list = (values: readonly string[] | undefined) => (values?.length ? values.join(' ') : undefined);

/**
 * Bump STRUCTURE_VERSION whenever this list changes: the version is part of the published file names
 * (v3.0: data-<date>-structure-<date>.csv), so consumers see that the columns changed. A unit test
 * pins the list to make the change visible in review.
 */
export const STRUCTURE_VERSION = '2026-11-22';

export const REGISTRY_COLUMNS: readonly RegistryColumn[] = [
	{ name: 'id', english: 'Account identifier in the registry', format: 'string', value: (a) => a.id },
	{ name: 'org', english: 'Organisation identifier in the registry', format: 'string', value: (a) => a.org },
	{ name: 'org_name', english: 'Full name of the organisation', format: 'string', value: (_, o) => o?.name },
	{ name: 'org_inn', english: 'Taxpayer number (INN) of the organisation', format: 'string', value: (_, o) => o?.inn },
	{ name: 'org_ogrn', english: 'State registration number (OGRN) of the organisation', format: 'string', value: (_, o) => o?.ogrn },
	{
		name: 'network',
		english: 'Social network code: vk, ok, tg, max, dzen, rutube, youtube, fb, ig, x',
		format: 'string',
		value: (a) => a.network,
	},
	{ name: 'url', english: 'Official link to the page', format: 'string', value: (a) => a.url },
	{ name: 'aliases', english: 'Other links to the same page, separated by spaces', format: 'string', value: (a) => list(a.aliases) },
	{ name: 'name', english: 'Page name as shown in the network', format: 'string', value: (a) => a.name },
	{ name: 'kind', english: 'organisation: page of the body; head: page of its head', format: 'string', value: (a) => a.kind },
	{ name: 'status', english: 'planned, active, suspended or closed', format: 'string', value: (a) => a.status },
	{ name: 'opened', english: 'Date the page was created, YYYY-MM-DD', format: 'date', value: (a) => a.opened },
	{ name: 'registered', english: 'Date the page was entered in the registry, YYYY-MM-DD', format: 'date', value: (a) => a.registered },
	{ name: 'closed_date', english: 'Date the page was closed, YYYY-MM-DD', format: 'date', value: (a) => a.closed?.date },
	{ name: 'closed_reason', english: 'Reason the page was closed', format: 'string', value: (a) => a.closed?.reason },
	{
		name: 'gospabliki',
		english: 'Date the page was connected to Gospabliki, YYYY-MM-DD',
		format: 'date',
		value: (a) => a.gospabliki ?? undefined,
	},
	{
		name: 'links_to_statement',
		english: 'The page links to its statement in the registry: true or false',
		format: 'boolean',
		value: (a) => String(a.linksToStatement),
	},
	{ name: 'reviewed', english: 'Date the record was last reviewed, YYYY-MM-DD', format: 'date', value: (a) => a.reviewed },
	{
		name: 'responsible_position',
		english: 'Position of the person responsible for the page',
		format: 'string',
		value: (a) => a.responsible?.position,
	},
	{
		name: 'responsible_name',
		english: 'Name of the person responsible, only with their consent',
		format: 'string',
		value: (a) => a.responsible?.name,
	},
	{
		name: 'profile',
		english:
			'Elements the page shows, separated by spaces: official-status, description, design, address, geolocation, email, phones, website',
		format: 'string',
		value: (a) =>
			list(
				Object.entries(a.profile)
					.filter(([, present]) => present === true)
					.map(([element]) => element),
			),
	},
];

/** Organisations by id and accounts by organisation then id: the order every file uses. */
export function registryDocument(orgs: readonly Organisation[], accounts: readonly Account[]): RegistryDocument {
	const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	const sortedAccounts = [...accounts].sort((a, b) => (a.org === b.org ? byId(a, b) : a.org < b.org ? -1 : 1));
	return {
		organisations: [...orgs].sort(byId).map(toPublicOrganisation),
		accounts: sortedAccounts.map(toPublicAccount),
	};
}

export function registryCsv(doc: RegistryDocument): string {
	const orgs = new Map(doc.organisations.map((org) => [org.id, org]));
	const names = REGISTRY_COLUMNS.map((column) => column.name);
	const rows = doc.accounts.map((account) => {
		const org = orgs.get(account.org);
		return Object.fromEntries(REGISTRY_COLUMNS.map((column) => [column.name, column.value(account, org)]));
	});
	return writePublishedTable(names, rows);
}

/** v3.0 structure file: one row per column of the data file. */
export function structureCsv(t: Translate): string {
	const rows = REGISTRY_COLUMNS.map((column) => ({
		'field name': column.name,
		'english description': column.english,
		'russian description': t(`opendata.field.${column.name}`),
		format: column.format,
	}));
	return writePublishedTable(['field name', 'english description', 'russian description', 'format'], rows);
}
