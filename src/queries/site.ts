/** The site's own settings (data/site.yaml) and the public data every query starts from, read once. */
import { loadPublicData, type PublicData } from '../handoff/public-data.ts';
import type { Site } from '../schemas/site.ts';
import { checkDate } from '../lib/dates.ts';
import { buildEnv } from '../lib/build-env.ts';

/** The same folder content.config.ts reads (PORTAL_DATA lets tests build from a fixture copy). */
export function dataDir(): string {
	return buildEnv().data;
}

/**
 * Orgs, accounts, policies and CSV entries of the public tree, as the collections see them; the
 * loader caches per folder, so every query shares one read. Internal data is never in here.
 */
export function publicData(): PublicData {
	return loadPublicData(dataDir(), buildEnv().handoff);
}

export function getSite(): Site {
	const site = publicData().site;
	if (!site) throw new Error('data/site.yaml отсутствует или содержит ошибки: запустите npm run check');
	return site;
}

/**
 * The date pages are «as of»: site.asOf for demo data (so the demo reads the same every day),
 * otherwise the build day, as the validator does (src/engine/run.ts).
 */
export function asOf(): string {
	return checkDate(getSite().asOf);
}

/** Absolute URL of a site path, e.g. for the QR code of a statement: baseUrl + `/akkaunt/x/`. */
export function absoluteUrl(path: string): string {
	// new URL() also turns an IDN host into punycode, so the QR payload stays ASCII.
	return new URL(path.replace(/^\//, ''), getSite().baseUrl.replace(/\/?$/, '/')).href;
}
