/**
 * The link check itself: canonicalise the pasted text with the CLI's canonicaliser, then ask the
 * shards. Runs in the browser (fetching /proverka/data/…) and in tests (reading the built files);
 * the only difference is the `load` function.
 */
import { canonicalise, NETWORK_HOSTS, skeleton, type Network, type Resolution } from '../links/index.ts';
import { HIDDEN_ALL } from '../links/chars.ts';
import { affixBases } from './affixes.ts';
import { shardOf } from './hash.ts';
import { handleKey } from './keys.ts';
import { lookalikeGroups, nameKey, similarity, type NameKey } from './similarity.ts';
import {
	shardName,
	type AccountRecord,
	type Candidate,
	type ContactRecord,
	type Found,
	type LookupConfig,
	type ShardKind,
	type Verdict,
	type Via,
} from './types.ts';

/** Returns the parsed JSON of one shard by name (see shardName); rejects when it cannot. */
export type ShardLoader = (name: string) => Promise<unknown>;

/** Shown at most: more would crowd the answer and cost a shard each. */
export const MAX_CANDIDATES = 3;

const RANK: Record<Candidate['similarity'], number> = {
	'same-address': 0,
	'misspelt-numeric-form': 1,
	'same-skeleton': 2,
	'impostor-affix': 3,
	'one-edit': 4,
	'same-name': 5,
};

/** Affix-stripped names looked up, shortest first: each costs an exact shard, and the shortest is the likeliest real name. */
const MAX_AFFIX_BASES = 1;

export class RegistryLookup {
	readonly config: LookupConfig;
	readonly #load: ShardLoader;
	// Promises, not values: two lookups of one shard in flight share a single request.
	readonly #shards = new Map<string, Promise<unknown>>();

	constructor(config: LookupConfig, load: ShardLoader) {
		this.config = config;
		this.#load = load;
	}

	#shard(kind: ShardKind, index: number): Promise<unknown> {
		const name = shardName(this.config, kind, index);
		let shard = this.#shards.get(name);
		if (shard === undefined) {
			shard = this.#load(name);
			// A failed request may be retried by the next check.
			shard.catch(() => this.#shards.delete(name));
			this.#shards.set(name, shard);
		}
		return shard;
	}

	/** The account registered under exactly this canonical id, or null. */
	async exact(canonical: string): Promise<Found | null> {
		const shard = await this.#shard('e', shardOf(handleKey(canonical), this.config.e));
		const record = isRecordMap(shard) ? shard[canonical] : undefined;
		return record === undefined || typeof record !== 'object' ? null : { canonical, record };
	}

	/** Every account registered under this name on any network (`primer_admin`: vk, tg, …), by network order. */
	async named(name: string): Promise<Found[]> {
		const shard = await this.#shard('e', shardOf(name, this.config.e));
		if (!isRecordMap(shard)) return [];
		const out: Found[] = [];
		const accounts = new Set<string>();
		for (const [canonical, record] of Object.entries(shard)) {
			if (handleKey(canonical) !== name || typeof record !== 'object' || accounts.has(record.a)) continue;
			accounts.add(record.a);
			out.push({ canonical, record });
		}
		return out.sort((a, b) => networkRank(a.canonical) - networkRank(b.canonical) || (a.canonical < b.canonical ? -1 : 1));
	}

	/** The organisations that list this website, e-mail or phone key (keys.ts). */
	async contact(key: string): Promise<ContactRecord[]> {
		const shard = await this.#shard('c', shardOf(key, this.config.c));
		const list = typeof shard === 'object' && shard !== null && !Array.isArray(shard) ? (shard as Record<string, unknown>)[key] : undefined;
		return Array.isArray(list)
			? list.filter((r): r is ContactRecord => typeof r === 'object' && r !== null && typeof r.o === 'string' && typeof r.n === 'string')
			: [];
	}

	/**
	 * Registered names built from this one by dropping an impostor prefix or suffix
	 * (primer_muzey_official → primer_muzey), on `network` or, for a bare handle (null), any.
	 */
	async affixed(name: string, network: Network | null): Promise<Candidate[]> {
		const out: Candidate[] = [];
		for (const base of affixBases(name).slice(0, MAX_AFFIX_BASES)) {
			for (const hit of await this.named(base)) {
				if (network !== null && !hit.canonical.startsWith(`${network}:`)) continue;
				if (out.length < MAX_CANDIDATES && !out.some((c) => c.record.a === hit.record.a))
					out.push({ ...hit, similarity: 'impostor-affix' });
			}
			if (out.length > 0) break;
		}
		return out;
	}

	/** Registered accounts whose names look like this one's (best first, one per account). */
	async similar(canonicalOrKey: string | NameKey): Promise<Candidate[]> {
		const query = typeof canonicalOrKey === 'string' ? nameKey(canonicalOrKey) : canonicalOrKey;
		if (query === null) return [];
		const indexes = new Set(lookalikeGroups(query).map((g) => shardOf(g, this.config.l)));
		const lists = await Promise.all([...indexes].map((i) => this.#shard('l', i)));
		const matches = new Map<string, Candidate['similarity']>();
		for (const list of lists) {
			if (!Array.isArray(list)) continue;
			for (const name of list) {
				if (typeof name !== 'string' || matches.has(name)) continue;
				const key = nameKey(name);
				const kind = key === null ? null : similarity(query, key);
				if (kind !== null) matches.set(name, kind);
			}
		}
		const ranked = [...matches].sort(([a, x], [b, y]) => RANK[x] - RANK[y] || (a < b ? -1 : a > b ? 1 : 0));
		return this.#resolve(ranked);
	}

	/** Exact records of ranked names, fetched a few at a time until MAX_CANDIDATES accounts are known. */
	async #resolve(ranked: [string, Candidate['similarity']][]): Promise<Candidate[]> {
		const out: Candidate[] = [];
		const accounts = new Set<string>();
		for (let start = 0; start < ranked.length && out.length < MAX_CANDIDATES;) {
			const batch = ranked.slice(start, start + MAX_CANDIDATES - out.length);
			start += batch.length;
			const found = await Promise.all(batch.map(([name]) => this.exact(name)));
			found.forEach((hit, i) => {
				const similarity = batch[i]?.[1];
				if (hit === null || similarity === undefined || accounts.has(hit.record.a)) return;
				accounts.add(hit.record.a);
				out.push({ ...hit, similarity });
			});
		}
		return out;
	}
}

function isRecordMap(value: unknown): value is Record<string, AccountRecord> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NETWORK_ORDER = Object.keys(NETWORK_HOSTS);
const networkRank = (canonical: string) => NETWORK_ORDER.indexOf(canonical.slice(0, canonical.indexOf(':')));

/**
 * The pasted text with every non-ASCII character replaced by the ASCII letter it imitates (and
 * invisible characters dropped): vk.сom/primer_аdmin → vk.com/primer_admin. Used only to name the
 * page an imitation points at; the imitation itself is never accepted as that page.
 */
export function foldLookalikes(input: string): string {
	let out = '';
	for (const ch of input) out += ch.charCodeAt(0) < 0x80 ? ch : skeleton(ch);
	return out;
}

function via(resolution: Resolution): Via | null {
	return resolution.kind === 'account' || resolution.kind === 'post' ? resolution.kind : null;
}

async function hintCandidate(lookup: RegistryLookup, hint: string | undefined): Promise<Candidate | null> {
	if (hint === undefined) return null;
	const hit = await lookup.exact(hint);
	return hit === null ? null : { ...hit, similarity: 'misspelt-numeric-form' };
}

/**
 * The address an imitating link pretends to be: its look-alike and hidden characters replaced,
 * and, when the host only dresses up as the network's (ok.ru.gosuslugi-info.ru, vkontakte-gov.ru,
 * vk.com@evil.ru), its path read on the network's real host. Null when nothing is left to read.
 */
export function pretendedAddress(input: string, network: Network | null): string | null {
	const folded = foldLookalikes(input.replace(HIDDEN_ALL, ''));
	const direct = canonicalise(folded);
	if (via(direct) !== null && direct.canonical !== null) return direct.canonical;
	if (network === null) return null;
	const text = folded
		.trim()
		.replace(/^[a-z]+:\/\//i, '')
		.replace(/^\/\//, '');
	const slash = text.search(/[/?#]/);
	if (slash === -1) return null;
	const moved = canonicalise(`https://${NETWORK_HOSTS[network][0]}${text.slice(slash)}`);
	return via(moved) !== null && moved.canonical !== null ? moved.canonical : null;
}

/** The page an imitating link points at, if the imitated address is registered or resembles one. */
async function imitated(lookup: RegistryLookup, input: string, network: Network | null): Promise<Candidate[]> {
	const canonical = pretendedAddress(input, network);
	if (canonical === null) return [];
	const hit = await lookup.exact(canonical);
	if (hit !== null) return [{ ...hit, similarity: 'same-address' }];
	const affixed = await lookup.affixed(handleKey(canonical), network);
	if (affixed.length > 0) return affixed;
	return lookup.similar(canonical);
}

/** Judges one pasted link. Rejects only when a shard cannot be loaded. */
export async function checkLink(input: string, lookup: RegistryLookup): Promise<Verdict> {
	const resolution = canonicalise(input);
	const { network, reason } = resolution;

	if (resolution.kind === 'lookalike') {
		return {
			verdict: 'lookalike',
			reason: reason ?? 'confusable-name',
			network,
			canonical: null,
			via: null,
			candidates: await imitated(lookup, input, network),
		};
	}
	const kind = via(resolution);
	if (kind === null || resolution.canonical === null || network === null) {
		const suggestion = reason === 'misspelt-numeric-form' ? await hintCandidate(lookup, resolution.hint) : null;
		const verdict: Verdict = { verdict: 'invalid', reason: reason ?? 'not-a-link', network };
		return suggestion === null ? verdict : { ...verdict, suggestion };
	}

	const canonical = resolution.canonical;
	const hit = await lookup.exact(canonical);
	if (hit !== null) return { verdict: hit.record.s === 'closed' ? 'closed' : 'official', canonical, network, via: kind, account: hit };

	// vk.com/clubl23 is a valid screen name, perhaps someone else's: the registered club123 is named.
	const intended = await hintCandidate(lookup, resolution.hint);
	if (intended !== null)
		return { verdict: 'lookalike', reason: 'misspelt-numeric-form', network, canonical, via: kind, candidates: [intended] };

	// Same exact shard, no extra fetch: the name registered on other networks.
	const elsewhere = (await lookup.named(handleKey(canonical))).map((hit): Candidate => ({ ...hit, similarity: 'same-name' }));
	if (elsewhere.length > 0) return { verdict: 'unknown', canonical, network, via: kind, elsewhere };

	const affixed = await lookup.affixed(handleKey(canonical), network);
	if (affixed.length > 0) return { verdict: 'lookalike', reason: 'impostor-affix', network, canonical, via: kind, candidates: affixed };
	const candidates = await lookup.similar(canonical);
	if (candidates.length > 0) return { verdict: 'lookalike', reason: 'similar-name', network, canonical, via: kind, candidates };
	return { verdict: 'unknown', canonical, network, via: kind, elsewhere: [] };
}
