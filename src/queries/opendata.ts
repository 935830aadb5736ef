/**
 * Open-data files, generated once per build from the public data (src/lib/opendata does the work).
 * Quarterly statistics are written per quarter when their file is rendered: loading one quarter's
 * CSV files at a time keeps national-scale builds within memory.
 */
import { t } from '../i18n/index.ts';
import { buildOpenData, STATS_COLUMNS, type OpenData } from '../lib/opendata/index.ts';
import { absoluteUrl, getSite, publicData } from './site.ts';
import { quarterSlug, quarterStatsCsv } from './stats.ts';

export const opendataUrl = (file = '') => absoluteUrl(`/opendata/${file}`);

/** The open data as the site publishes it: file contents as UTF-8 bytes. */
export interface PublishedOpenData {
	passport: OpenData['passport'];
	files: Map<string, Uint8Array<ArrayBuffer>>;
}

let cached: PublishedOpenData | undefined;
const UTF8 = new TextEncoder();

/**
 * Built once per build. The files are kept as bytes, outside V8's heap: as strings, the registry's
 * JSON and CSV at national scale added hundreds of megabytes to the heap that every garbage
 * collection of the build had to work around (issue 3, build budget).
 */
export function getOpenData(): PublishedOpenData {
	if (cached) return cached;
	const data = publicData();
	const built = buildOpenData({ site: getSite(), orgs: data.orgs, accounts: data.accounts, folderUrl: opendataUrl(), t });
	cached = { passport: built.passport, files: new Map([...built.files].map(([name, text]) => [name, UTF8.encode(text)])) };
	return cached;
}

export interface StatsFile {
	slug: string;
	year: number;
	quarter: number;
	file: string;
}

export function statsFiles(): StatsFile[] {
	const seen = new Map<string, StatsFile>();
	for (const entry of publicData().series) {
		if (entry.series !== 'stats') continue;
		const slug = quarterSlug(entry.year, entry.quarter);
		if (!seen.has(slug)) seen.set(slug, { slug, year: entry.year, quarter: entry.quarter, file: `stats-${slug}.csv` });
	}
	return [...seen.values()].sort((a, b) => (a.slug < b.slug ? 1 : -1));
}

/** Every CSV file under /opendata/, by name, for the endpoint's paths. */
export function csvFilePaths() {
	const names = [...getOpenData().files.keys()].filter((name) => name.endsWith('.csv'));
	return [
		...names.map((name) => ({ params: { file: name.slice(0, -4) } })),
		...statsFiles().map((stats) => ({ params: { file: stats.file.slice(0, -4) } })),
	];
}

/** Content of /opendata/<file>.csv. */
export function csvFile(file: string): Uint8Array<ArrayBuffer> {
	const stats = statsFiles().find((s) => s.file === `${file}.csv`);
	if (stats) return quarterStatsCsv(stats.slug);
	const content = getOpenData().files.get(`${file}.csv`);
	if (content === undefined) throw new Error(`нет файла открытых данных ${file}.csv`);
	return content;
}

export { STATS_COLUMNS };
