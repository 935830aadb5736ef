/**
 * Every open-data file of the registry, generated from the public data. Pure and free of Astro:
 * src/queries/opendata.ts builds each file when its address is written (openDataFiles), tests build
 * them all at once (buildOpenData) on a fixture tree.
 */
import type { Account } from '../../schemas/account.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { Site } from '../../schemas/site.ts';
import { toExcelCsv, UTF8_BOM } from '../csv/excel.ts';
import { DATASET_CODES, datasetIdentifier, listCsv, metaCsv, passport, setPassport, type Passport } from './passport.ts';
import { statsDates, statsStructureCsv, type StatsQuarter } from './stats-csv.ts';
import { registryJsonSchema } from './public-schema.ts';
import { registryCsv, registryDocument, structureCsv } from './registry.ts';
import type { Translate } from './types.ts';

export { REGISTRY_COLUMNS, STRUCTURE_VERSION } from './registry.ts';
export { STATS_COLUMNS, statsCsv, statsCsvHeader, statsCsvRows, type StatsQuarter } from './stats-csv.ts';
export type { Translate } from './types.ts';

export const JSON_FILE = 'registry.json';
export const SCHEMA_FILE = 'registry.schema.json';
export const META_FILE = 'meta.csv';
/** The register of the publisher's sets (v3.0), at the root of /opendata/. */
export const LIST_FILE = 'list.csv';
/** Stable name of the structure file inside a set's folder, besides the versioned one the passport cites. */
export const STRUCTURE_FILE = 'structure.csv';

export interface OpenDataInput {
	site: Site;
	orgs: readonly Organisation[];
	accounts: readonly Account[];
	/** Quarters with statistics: the statistics set is published when there is one. */
	statsQuarters?: readonly StatsQuarter[];
	/** Earlier files of each set (by identifier), carried over from earlier publications. */
	earlier?: ReadonlyMap<string, readonly string[]>;
	/** Absolute address of /opendata/, with a trailing slash. */
	folderUrl: string;
	t: Translate;
}

export interface OpenData {
	passport: Passport;
	/** File path (inside /opendata/) → content. */
	files: Map<string, string>;
}

/** The statistics set's passport; its data file is written from the statistics pass (src/queries/stats.ts). */
export function statsPassport({ site, orgs, statsQuarters = [], earlier, folderUrl, t }: OpenDataInput): Passport | undefined {
	if (statsQuarters.length === 0) return undefined;
	const identifier = datasetIdentifier(site, orgs, DATASET_CODES.stats);
	const dates = statsDates(statsQuarters);
	return setPassport({
		site,
		identifier,
		title: t('opendata.statsSet.title', { site: site.name }),
		description: t('opendata.statsSet.description', { operator: site.operator.name }),
		subject: t('opendata.statsSet.subject'),
		dates,
		provenance: dates.structure > dates.modified ? t('opendata.provenance.structure') : t('opendata.statsSet.provenance'),
		folderUrl,
		earlier: earlier?.get(identifier) ?? [],
	});
}

/**
 * The passports, and a builder per file: a process of a shared build (src/lib/shard.ts) writes some
 * of the files, and the registry's JSON alone is 137 MB at 200,000 accounts. Each set lies in a
 * folder named by its identifier (v3.0), listed in /opendata/list.csv.
 */
export function openDataFiles(input: OpenDataInput): { passport: Passport; stats: Passport | undefined; files: Map<string, () => string> } {
	const { site, orgs, accounts, folderUrl, t } = input;
	let doc: ReturnType<typeof registryDocument> | undefined;
	const registry = () => (doc ??= registryDocument(orgs, accounts));
	let table: string | undefined;
	const registryTable = () => (table ??= registryCsv(registry()));
	const pass = passport({ site, orgs, accounts, folderUrl, earlier: input.earlier?.get(datasetIdentifier(site, orgs)) ?? [], t });
	const stats = statsPassport(input);
	const structure = () => structureCsv(t);
	const schema = () =>
		registryJsonSchema({
			id: folderUrl + SCHEMA_FILE,
			title: t('opendata.schema.title'),
			description: t('opendata.schema.description', { site: site.name }),
		});
	const inSet = (set: Passport, name: string) => `${set.identifier}/${name}`;
	const files = new Map<string, () => string>([
		[LIST_FILE, () => listCsv(stats ? [pass, stats] : [pass], t)],
		[inSet(pass, META_FILE), () => metaCsv(pass)],
		[inSet(pass, pass.files.structure), structure],
		[inSet(pass, STRUCTURE_FILE), structure],
		[inSet(pass, pass.files.data), registryTable],
		[inSet(pass, pass.files.excel), () => UTF8_BOM + toExcelCsv(registryTable())],
		// Compact: at 20,000 accounts indentation alone would add megabytes.
		[JSON_FILE, () => JSON.stringify(registry()) + '\n'],
		[SCHEMA_FILE, () => JSON.stringify(schema(), null, '\t') + '\n'],
	]);
	if (stats) {
		files.set(inSet(stats, META_FILE), () => metaCsv(stats));
		files.set(inSet(stats, stats.files.structure), statsStructureCsv);
		files.set(inSet(stats, STRUCTURE_FILE), statsStructureCsv);
	}
	return { passport: pass, stats, files };
}

export function buildOpenData(input: OpenDataInput): OpenData {
	const { passport: pass, files } = openDataFiles(input);
	return { passport: pass, files: new Map([...files].map(([name, build]) => [name, build()])) };
}
