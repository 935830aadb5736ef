/**
 * The link-check shards of this build, computed once and shared by the page (which embeds the
 * shard counts and version) and the endpoint (which writes the files). Only public data.
 */
import { loadPublicData } from '../../loaders/collections.ts';
import { registryAccounts } from '../../lib/lookup/from-dataset.ts';
import { buildShards, type ShardSet } from '../../lib/lookup/index.ts';

let shards: ShardSet | undefined;

export function lookupShards(): ShardSet {
	shards ??= buildShards(registryAccounts(loadPublicData(process.env.PORTAL_DATA ?? 'data').dataset));
	return shards;
}
