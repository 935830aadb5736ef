/** The valid fixture as open data, built the way the site builds it. */
import { t } from '../../../src/i18n/index.ts';
import { buildOpenData } from '../../../src/lib/opendata/index.ts';
import { loadPublicData } from '../../../src/handoff/public-data.ts';

export const FIXTURE = 'tests/fixtures/valid';
export const FOLDER = 'https://reestr.test-rayon.example/opendata/';

export function fixtureOpenData() {
	const data = loadPublicData(FIXTURE);
	return { data, openData: buildOpenData({ site: data.site!, orgs: data.orgs, accounts: data.accounts, folderUrl: FOLDER, t }) };
}

export { t };
