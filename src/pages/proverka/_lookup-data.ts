/**
 * The link-check shards of this build, computed once and shared by the page (which embeds the
 * shard counts and version) and the endpoint (which writes the files). Only public data. In
 * `npm run build` the check has written the files (src/lib/lookup/handoff.ts): only their config
 * is read, and the endpoint has nothing to write.
 */
import { loadPublicData } from '../../loaders/collections.ts';
import { registryOf } from '../../lib/lookup/from-dataset.ts';
import { handedLookup } from '../../lib/lookup/handoff.ts';
import { buildShards, type ShardSet } from '../../lib/lookup/index.ts';

let shards: ShardSet | undefined;

export function lookupShards(): ShardSet {
	shards ??= handedLookup(process.env.PORTAL_HANDOFF) ?? buildShards(registryOf(loadPublicData(process.env.PORTAL_DATA ?? 'data').dataset));
	return shards;
}
