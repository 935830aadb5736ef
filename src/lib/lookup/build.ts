/**
 * Builds the link-check shards (static JSON files) from the registry. Pure: the caller passes
 * accounts in, gets file names and texts out; the Astro endpoint only serves them.
 *
 * Why shards: a check must download a few kilobytes even with 200,000 accounts, never the registry.
 *   - Exact shards (`<v>-e<n>`): canonical form → AccountRecord, n = FNV-1a(handleKey) mod E, the
 *     key being the name without its network (keys.ts): vk:primer_admin and tg:primer_admin share
 *     a file, so one fetch answers a bare handle on every network, and a link «registered or not»
 *     together with «is this name registered elsewhere». A record carries everything the answer
 *     shows (organisation, status, closing date and reason), so an exact hit costs one file.
 *   - Look-alike shards (`<v>-l<n>`): sorted lists of registered canonical ids, a name listed in
 *     the shard of each of its variant groups (see similarity.ts), n = FNV-1a(group) mod L. A miss
 *     fetches the ≤ 6 shards of its own groups, keeps the names that truly look alike, then the exact
 *     shard of each (at most MAX_CANDIDATES) to name the real account.
 *   - Contact shards (`<v>-c<n>`): website, e-mail or phone key → the organisations listing it,
 *     n = FNV-1a(key) mod C.
 * E, L and C are chosen from the data size so an average shard holds ~TARGET raw bytes (≈ 1 KB gzip);
 * FNV-1a spreads keys evenly, so the largest shard stays within a small factor of the mean.
 * The version `v` (hash of every shard) is part of each file name: a page cached from an older
 * build can never read a newer shard layout by mistake (it gets a 404 and says so), and hosts may
 * cache /proverka/data/ forever.
 */
import { fnv1a, shardOf } from './hash.ts';
import { handleKey } from './keys.ts';
import { lookalikeGroups, nameKey } from './similarity.ts';
import { shardName, type AccountRecord, type ContactRecord, type LookupConfig, type Registry, type RegistryAccount } from './types.ts';

/**
 * Average raw bytes aimed at per exact shard (its records carry Cyrillic names, gzip ≈ 2×). The
 * targets are set by the per-check budget: a look-alike answer reads up to ten shards, which at
 * 200,000 accounts must stay under 10 KB gzip (measured 9.3 KB at most; `npm run bench`).
 */
export const EXACT_TARGET = 900;
/** Average raw bytes aimed at per look-alike shard (lists of Latin ids, gzip ≈ 2×). */
export const LOOKALIKE_TARGET = 1_000;
/** Average raw bytes aimed at per contact shard. */
export const CONTACT_TARGET = 2_600;

export interface ShardSet {
	config: LookupConfig;
	/** Shard name (see shardName) → JSON text. Every shard exists, empty ones too. */
	files: Map<string, string>;
}

export interface BuildOptions {
	exactTarget?: number;
	lookalikeTarget?: number;
	contactTarget?: number;
}

function recordOf(account: RegistryAccount, canonical: string): AccountRecord {
	const record: AccountRecord = { a: account.id, o: account.org, n: account.orgName, s: account.status };
	if (account.name !== account.orgName) record.t = account.name;
	if (account.closed) {
		record.d = account.closed.date;
		record.r = account.closed.reason;
	}
	if (canonical !== account.main) record.m = account.main;
	return record;
}

const byKey = <T>(a: [string, T], b: [string, T]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const sorted = (names: Iterable<string>) => [...names].sort();

export function buildShards({ accounts, contacts = [] }: Registry, options: BuildOptions = {}): ShardSet {
	const exact: [string, AccountRecord][] = [];
	const seen = new Set<string>();
	// name → its groups; a canonical registered twice (a data error the validator reports) keeps the first.
	const grouped: [string, string[]][] = [];
	for (const account of accounts) {
		for (const canonical of account.forms) {
			if (seen.has(canonical)) continue;
			seen.add(canonical);
			exact.push([canonical, recordOf(account, canonical)]);
			const key = nameKey(canonical);
			if (key !== null) grouped.push([canonical, lookalikeGroups(key)]);
		}
	}
	const exactBytes = exact.reduce((sum, [canonical, record]) => sum + canonical.length + JSON.stringify(record).length + 4, 0);
	const lookalikeBytes = grouped.reduce((sum, [canonical, groups]) => sum + (canonical.length + 3) * groups.length, 0);
	const e = Math.max(1, Math.ceil(exactBytes / (options.exactTarget ?? EXACT_TARGET)));
	const l = Math.max(1, Math.ceil(lookalikeBytes / (options.lookalikeTarget ?? LOOKALIKE_TARGET)));

	const exactShards = Array.from({ length: e }, (): [string, AccountRecord][] => []);
	for (const entry of exact) exactShards[shardOf(handleKey(entry[0]), e)]?.push(entry);
	const lookalikeShards = Array.from({ length: l }, () => new Set<string>());
	for (const [canonical, groups] of grouped) {
		for (const g of groups) lookalikeShards[shardOf(g, l)]?.add(canonical);
	}

	const listed = new Map<string, Map<string, ContactRecord>>();
	for (const contact of contacts) {
		const orgs = listed.get(contact.key) ?? new Map<string, ContactRecord>();
		orgs.set(contact.org, { o: contact.org, n: contact.orgName });
		listed.set(contact.key, orgs);
	}
	const contactBytes = [...listed].reduce(
		(sum, [key, orgs]) => sum + key.length + 6 + [...orgs.values()].reduce((n, r) => n + JSON.stringify(r).length + 1, 0),
		0,
	);
	const c = Math.max(1, Math.ceil(contactBytes / (options.contactTarget ?? CONTACT_TARGET)));
	const contactShards = Array.from({ length: c }, (): [string, ContactRecord[]][] => []);
	for (const [key, orgs] of listed) contactShards[shardOf(key, c)]?.push([key, [...orgs.values()].sort((a, b) => (a.o < b.o ? -1 : 1))]);

	// Sorted within each shard, so the same registry always gives the same bytes (and version).
	const texts: [ShardKindIndex, string][] = [
		...exactShards.map((shard, i): [ShardKindIndex, string] => [['e', i], JSON.stringify(Object.fromEntries(shard.sort(byKey)))]),
		...lookalikeShards.map((shard, i): [ShardKindIndex, string] => [['l', i], JSON.stringify(sorted(shard))]),
		...contactShards.map((shard, i): [ShardKindIndex, string] => [['c', i], JSON.stringify(Object.fromEntries(shard.sort(byKey)))]),
	];
	const v = fnv1a(`${e}/${l}/${c}/${texts.map(([, text]) => text).join('\n')}`)
		.toString(16)
		.padStart(8, '0');
	const config: LookupConfig = { v, e, l, c };
	return { config, files: new Map(texts.map(([[kind, i], text]) => [shardName(config, kind, i), text])) };
}

type ShardKindIndex = ['e' | 'l' | 'c', number];
