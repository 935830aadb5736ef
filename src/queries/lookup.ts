/**
 * The link-check shards of this build, computed once and shared by the page (which embeds the
 * shard counts and version) and the endpoint (which writes the files). Only public data. In
 * `npm run build` the check has written the files (src/handoff/lookup-shards.ts): only their config
 * is read, and the endpoint has nothing to write.
 */
import { registryOf } from '../handoff/lookup-registry.ts';
import { handedLookup } from '../handoff/lookup-shards.ts';
import { buildShards, type ShardSet } from '../lib/lookup/index.ts';
import { t } from '../i18n/index.ts';
import checkStrings from '../i18n/ru/check.json';
import type { PageData } from '../scripts/link-check/page-data.ts';
import { getSite, publicData } from './site.ts';
import { buildEnv } from '../lib/build-env.ts';

let shards: ShardSet | undefined;

export function lookupShards(): ShardSet {
	shards ??= handedLookup(buildEnv().handoff) ?? buildShards(registryOf(publicData().dataset));
	return shards;
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
		config: lookupShards().config,
		paths: { data: `${base}proverka/data/`, registry: `${base}reestr/`, account: `${base}akkaunt/`, org: `${base}org/` },
		operator: { name: site.operator.name, url: site.operator.website },
		strings,
	};
}
