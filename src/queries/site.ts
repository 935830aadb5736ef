/** The site's own settings (data/site.yaml) and the public data every query starts from, read once. */
import { loadPublicData, type PublicData } from '../handoff/public-data.ts';
import type { Site } from '../schemas/site.ts';
import { checkDate } from '../lib/dates.ts';
import { buildEnv, VARIABLES } from '../lib/build-env.ts';
import { HandoffError } from '../handoff/manifest.ts';

/** The same folder content.config.ts reads (PORTAL_DATA lets tests build from a fixture copy). */
export function dataDir(): string {
	return buildEnv().data;
}

/**
 * The check's hand-off folder the site is built from: `npm run build`'s, or the one the site's
 * integration wrote (src/integrations/handoff.ts). The site has no other way to the data.
 */
export function handoffDir(): string {
	const dir = buildEnv().handoff;
	if (dir === undefined)
		throw new HandoffError(
			`Сайт собирается без данных проверки: их пишет проверка (npm run build) или интеграция portal:handoff в astro.config.mjs (astro build, astro dev); задайте папку в ${VARIABLES.handoff} или соберите сайт так.`,
		);
	return dir;
}

/**
 * Orgs, accounts, policies and CSV entries of the public tree, from the check's hand-off; read
 * once per process, so every query shares one read. Internal data is never in here.
 */
export function publicData(): PublicData {
	return loadPublicData(dataDir(), handoffDir());
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
