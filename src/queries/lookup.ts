/**
 * The link-check shards of this build: the check wrote them into its hand-off
 * (src/handoff/lookup-shards.ts), and the build puts them into the site as they are
 * (src/cli/build.ts, src/integrations/handoff.ts); the pages read only their config, the shard
 * counts and the version the link-check page and the API index name.
 */
import { handedLookup } from '../handoff/lookup-shards.ts';
import type { LookupConfig } from '../lib/lookup/index.ts';
import { t } from '../i18n/index.ts';
import checkStrings from '../i18n/ru/check.json';
import type { PageData } from '../lib/lookup/page-data.ts';
import { getSite, handoffDir } from './site.ts';

let config: LookupConfig | undefined;

export function lookupConfig(): LookupConfig {
	config ??= handedLookup(handoffDir());
	return config;
}

/** What the link-check page embeds for its script; `base` is the site's base path ending in `/`. */
export function linkCheckPageData(base: string): PageData {
	const site = getSite();
	// Strings the script needs: everything but the page's own (rendered by the page, server-side).
	const strings = Object.fromEntries(
		Object.keys(checkStrings)
			.filter((key) => !key.startsWith('check.page.'))
			.map((key) => [key, t(key)]),
	);
	return {
		config: lookupConfig(),
		paths: { data: `${base}proverka/data/`, registry: `${base}reestr/`, account: `${base}akkaunt/`, org: `${base}org/` },
		operator: { name: site.operator.name, url: site.operator.website },
		strings,
	};
}
