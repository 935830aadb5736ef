/**
 * Every open-data file of the registry, generated from the public data. Pure and free of Astro:
 * src/queries/opendata.ts builds each file when its address is written (openDataFiles), tests build
 * them all at once (buildOpenData) on a fixture tree.
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

/**
 * The passport, and a builder per file: a process of a shared build (src/lib/shard.ts) writes some
 * of the files, and the registry's JSON alone is 137 MB at 200,000 accounts.
 */
export function openDataFiles({ site, orgs, accounts, folderUrl, t }: OpenDataInput): { passport: Passport; files: Map<string, () => string> } {
	let doc: ReturnType<typeof registryDocument> | undefined;
	const registry = () => (doc ??= registryDocument(orgs, accounts));
	const pass = passport({ site, orgs, accounts, folderUrl, t });
	const structure = () => structureCsv(t);
	const schema = () =>
		registryJsonSchema({
			id: folderUrl + SCHEMA_FILE,
			title: t('opendata.schema.title'),
			description: t('opendata.schema.description', { site: site.name }),
		});
	const files = new Map<string, () => string>([
		[META_FILE, () => metaCsv(pass)],
		[pass.files.structure, structure],
		[STRUCTURE_FILE, structure],
		[pass.files.data, () => registryCsv(registry())],
		// Compact: at 20,000 accounts indentation alone would add megabytes.
		[JSON_FILE, () => JSON.stringify(registry()) + '\n'],
		[SCHEMA_FILE, () => JSON.stringify(schema(), null, '\t') + '\n'],
	]);
	return { passport: pass, files };
}

export function buildOpenData(input: OpenDataInput): OpenData {
	const { passport: pass, files } = openDataFiles(input);
	return { passport: pass, files: new Map([...files].map(([name, build]) => [name, build()])) };
}
