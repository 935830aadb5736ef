/** The site's own settings (data/site.yaml), read once. */
import { loadPublicData } from '../loaders/collections.ts';
import type { Site } from '../schemas/site.ts';

export function getSite(): Site {
	const site = loadPublicData(process.env.PORTAL_DATA ?? 'data').site;
	if (!site) throw new Error('data/site.yaml отсутствует или содержит ошибки: запустите npm run check');
	return site;
}
