/**
 * Every open-data file of the registry, generated from the public data in one call. Pure and free
 * of Astro: src/queries/opendata.ts calls it once per build, tests call it on a fixture tree.
 */
import type { Account } from '../../schemas/account.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { Site } from '../../schemas/site.ts';
import { metaCsv, passport, type Passport } from './passport.ts';
import { registryJsonSchema } from './public-schema.ts';
import { registryCsv, registryDocument, structureCsv } from './registry.ts';
import type { Translate } from './types.ts';

export { REGISTRY_COLUMNS, STRUCTURE_VERSION } from './registry.ts';
export { STATS_COLUMNS, statsCsv, statsCsvHeader, statsCsvRows } from './stats-csv.ts';
export type { Translate } from './types.ts';

export const JSON_FILE = 'registry.json';
export const SCHEMA_FILE = 'registry.schema.json';
export const META_FILE = 'meta.csv';
/** Stable name of the structure file, besides the versioned one the passport cites. */
export const STRUCTURE_FILE = 'structure.csv';

export interface OpenDataInput {
	site: Site;
	orgs: readonly Organisation[];
	accounts: readonly Account[];
	/** Absolute address of /opendata/, with a trailing slash. */
	folderUrl: string;
	t: Translate;
}

export interface OpenData {
	passport: Passport;
	/** File name (inside /opendata/) → content. */
	files: Map<string, string>;
}

export function buildOpenData({ site, orgs, accounts, folderUrl, t }: OpenDataInput): OpenData {
	const doc = registryDocument(orgs, accounts);
	const pass = passport({ site, orgs, accounts, folderUrl, t });
	const structure = structureCsv(t);
	const schema = registryJsonSchema({
		id: folderUrl + SCHEMA_FILE,
		title: t('opendata.schema.title'),
		description: t('opendata.schema.description', { site: site.name }),
	});
	const files = new Map<string, string>([
		[META_FILE, metaCsv(pass)],
		[pass.files.structure, structure],
		[STRUCTURE_FILE, structure],
		[pass.files.data, registryCsv(doc)],
		// Compact: at 20,000 accounts indentation alone would add megabytes.
		[JSON_FILE, JSON.stringify(doc) + '\n'],
		[SCHEMA_FILE, JSON.stringify(schema, null, '\t') + '\n'],
	]);
	return { passport: pass, files };
}
