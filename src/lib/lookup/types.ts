/**
 * Shapes shared by the shard builder (build time, Node) and the lookup (browser). Field names in
 * shard files are one letter on purpose: the same keys repeat in every entry of every shard, and
 * at national scale each byte per entry is ~200 KB across the registry.
 */
import type { Network } from '../links/index.ts';

export type AccountStatus = 'planned' | 'active' | 'suspended' | 'closed';

/** One registered account as the builder needs it: already canonicalised, public fields only. */
export interface RegistryAccount {
	id: string;
	org: string;
	/** The organisation's short name, shown in the verdict. */
	orgName: string;
	/** The page's own name as shown in the network. */
	name: string;
	status: AccountStatus;
	closed?: { date: string; reason: string };
	/** Canonical id of the account's main address (`url`), e.g. `vk:primer_admin`. */
	main: string;
	/** Every canonical form that leads to this account (main address and aliases). */
	forms: string[];
}

/** A website, e-mail address or phone number an organisation lists, keyed as in keys.ts. */
export interface RegistryContact {
	/** `site:primer-rayon.ru`, `mail:priem@primer-rayon.ru`, `tel:+74999932155`. */
	key: string;
	org: string;
	orgName: string;
}

/** What the shards are built from. */
export interface Registry {
	accounts: readonly RegistryAccount[];
	contacts?: readonly RegistryContact[];
}

/** Contact-shard entry: one organisation that lists the contact. */
export interface ContactRecord {
	/** Organisation id → /org/<o>/. */
	o: string;
	/** Organisation short name. */
	n: string;
}

/** Exact-shard entry: what the verdict shows about one account, keyed by a canonical form. */
export interface AccountRecord {
	/** Account id → /akkaunt/<a>/. */
	a: string;
	/** Organisation id → /org/<o>/. */
	o: string;
	/** Organisation short name. */
	n: string;
	s: AccountStatus;
	/** Page name, only when it differs from the organisation's short name (head pages). */
	t?: string;
	/** Closing date (ISO) and reason, closed pages only. */
	d?: string;
	r?: string;
	/** Main canonical id, only when the key is another form (an alias such as vk:club123). */
	m?: string;
}

/** Everything the client must know to name shard files; embedded in the page, never fetched. */
export interface LookupConfig {
	/** Data version: a hash of all shard contents, part of every file name (cache-safe). */
	v: string;
	/** Number of exact shards. */
	e: number;
	/** Number of look-alike shards. */
	l: number;
	/** Number of contact shards. */
	c: number;
}

export type ShardKind = 'e' | 'l' | 'c';

/** File name (without directory and extension) of one shard: `<version>-e12`. */
export function shardName(config: LookupConfig, kind: ShardKind, index: number): string {
	return `${config.v}-${kind}${index}`;
}

/** A registered account found by the lookup. */
export interface Found {
	/** The registered canonical form that matched. */
	canonical: string;
	record: AccountRecord;
}

/**
 * Why a registered account is offered as the real one:
 * - same-address: the pasted link, once its look-alike characters are replaced, is this account;
 * - same-skeleton: the names differ only in characters that look alike (о/o, rn/m, 0/o, 1/l);
 * - one-edit: one letter added, dropped, replaced or two swapped;
 * - misspelt-numeric-form: a retyped numeric address (clubl23 for club123);
 * - impostor-affix: the registered name with a word or digit added (primer_muzey_official);
 * - same-name: the same name, registered on another network.
 */
export type Similarity = 'same-address' | 'same-skeleton' | 'one-edit' | 'misspelt-numeric-form' | 'impostor-affix' | 'same-name';

export interface Candidate extends Found {
	similarity: Similarity;
}

export type Via = 'account' | 'post';

export type Verdict =
	| { verdict: 'official' | 'closed'; canonical: string; network: Network; via: Via; account: Found }
	/** `elsewhere`: the same name registered on other networks (another page, not this one). */
	| { verdict: 'unknown'; canonical: string; network: Network; via: Via; elsewhere: Candidate[] }
	| {
			verdict: 'lookalike';
			/** The canonicaliser's reason (homoglyph-host, confusable-name, …) or 'similar-name' / 'misspelt-numeric-form'. */
			reason: string;
			network: Network | null;
			/** The pasted page's own canonical id when it is a valid address (similar-name), else null. */
			canonical: string | null;
			via: Via | null;
			candidates: Candidate[];
	  }
	| { verdict: 'invalid'; reason: string; network: Network | null; suggestion?: Candidate };

export type VerdictKind = Verdict['verdict'];
