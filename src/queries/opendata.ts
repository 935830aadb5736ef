/**
 * Open-data files from the public data (src/lib/opendata does the work), each built when its address
 * is written. The quarterly statistics files come from the statistics pass (src/queries/stats.ts).
 */
import { t } from '../i18n/index.ts';
import { openDataFiles, STATS_COLUMNS } from '../lib/opendata/index.ts';
import type { Passport } from '../lib/opendata/passport.ts';
import { absoluteUrl, getSite, publicData } from './site.ts';
export { statsFiles, type StatsFile } from './stats.ts';

export const opendataUrl = (file = '') => absoluteUrl(`/opendata/${file}`);

let cached: ReturnType<typeof openDataFiles> | undefined;
const UTF8 = new TextEncoder();

function openData() {
	if (cached) return cached;
	const data = publicData();
	cached = openDataFiles({ site: getSite(), orgs: data.orgs, accounts: data.accounts, folderUrl: opendataUrl(), t });
	return cached;
}

/** The registry data set's passport (names and dates of its files), for /opendata/. */
export function getPassport(): Passport {
	return openData().passport;
}

/** Every registry file of /opendata/ by name (the quarterly statistics are apart: statsFiles). */
export function openDataFileNames(): string[] {
	return [...openData().files.keys()];
}

/**
 * One open-data file as UTF-8, built when its address is written and not kept: only the process
 * writing it builds it (src/lib/shard.ts), and the bytes leave V8's heap at once (issue 3, build budget).
 */
export function openDataFile(name: string): Uint8Array<ArrayBuffer> {
	const build = openData().files.get(name);
	if (!build) throw new Error(`нет файла открытых данных ${name}`);
	return UTF8.encode(build());
}

/** The registry's CSV files under /opendata/ (passport, structure, data), for the endpoint's paths. */
export function csvFilePaths() {
	return openDataFileNames()
		.filter((name) => name.endsWith('.csv'))
		.map((name) => ({ params: { file: name.slice(0, -'.csv'.length) } }));
}

/** Content of /opendata/<file>.csv. */
export function csvFile(file: string): Uint8Array<ArrayBuffer> {
	return openDataFile(`${file}.csv`);
}

export { STATS_COLUMNS };

/** /opendata/registry.json and registry.schema.json, by name without the extension. */
export function jsonFilePaths() {
	return openDataFileNames()
		.filter((name) => name.endsWith('.json'))
		.map((name) => ({ params: { file: name.slice(0, -'.json'.length) } }));
}
