/**
 * When is an unregistered name a look-alike of a registered one, and which index keys make the
 * registered one findable from the pasted one without downloading the registry.
 *
 * Names are compared by confusable skeleton (skeleton() from the canonicaliser: о/o, rn/m, 0/o,
 * 1/l collide). Two names of the same network (any network, for a bare handle) look alike when
 *   - their skeletons are equal (any length), or
 *   - both skeletons have ≥ MIN_EDIT_LENGTH characters and are one Damerau–Levenshtein edit apart,
 *     unless the names differ only in their numbers: primer_school1 and primer_school2 are two
 *     schools, not an impostor (a zero typed as the letter o still collides by skeleton).
 * Distance 2 is not indexed: it needs every two-character deletion (≈ L²/2 keys a name) and would
 * multiply both the data and the files a check downloads.
 *
 * Index keys (SymSpell's symmetric deletion): a name's variants are its skeleton and every
 * skeleton with one character deleted. Two skeletons within one edit always share a variant
 * (insertion/deletion: one is a variant of the other; substitution and adjacent transposition: the
 * same deletion of both). Variants are then grouped by (length, first two and last two
 * characters): all deletions from the middle of a name share one group, so a name has at most six
 * groups — six look-alike shards per check instead of one per character. The network is not part
 * of the group: a bare handle, which names no network, finds look-alikes on every network from the
 * same six shards, and a link keeps those of its own network.
 */
import { skeleton } from '../links/index.ts';
import { editDistance } from './distance.ts';
import { handleKey } from './keys.ts';

export const MIN_EDIT_LENGTH = 5;

/** The network of a bare handle's key: it is compared with names on every network. */
export const ANY_NETWORK = '*';

export interface NameKey {
	/** The network, or ANY_NETWORK for a bare handle. */
	network: string;
	/** The id after `network:`, as canonicalised (a handle's name). */
	id: string;
	/** The name without YouTube's `@`, `c/`, `user/` (handleKey), which the skeleton is of. */
	name: string;
	/** Code points of the name's skeleton. */
	skeleton: string[];
}

// Numbers issued by the network (vk.com/club123, ok.ru/group/123, YouTube channel ids): one digit
// off is simply another page, and nobody can choose a look-alike number, so they are not compared.
const OPAQUE = /^(?:id|club)\d+$|^(?:group|profile|channel|id)\//;

/** The comparable form of a canonical id, or null when the id is an issued number. */
export function nameKey(canonical: string): NameKey | null {
	const colon = canonical.indexOf(':');
	if (colon <= 0) return null;
	const id = canonical.slice(colon + 1);
	if (id === '' || OPAQUE.test(id)) return null;
	const name = handleKey(canonical);
	return { network: canonical.slice(0, colon), id, name, skeleton: [...skeleton(name)] };
}

/** The key of a bare handle (lowercased, without `@`), compared with names on every network. */
export function handleNameKey(name: string): NameKey {
	return { network: ANY_NETWORK, id: name, name, skeleton: [...skeleton(name)] };
}

function group(length: number, at: (k: number) => string): string {
	const last = Math.max(0, length - 2);
	return `${length}|${at(0)}${length > 1 ? at(1) : ''}|${at(last)}${length > last + 1 ? at(last + 1) : ''}`;
}

/** The distinct groups of a name's variants (one group for short names, which match by skeleton only). */
export function lookalikeGroups(key: NameKey): string[] {
	const s = key.skeleton;
	const groups = new Set([group(s.length, (k) => s[k] ?? '')]);
	if (s.length >= MIN_EDIT_LENGTH) {
		// Only the ends of a variant matter, so deletions are not materialised: position k of
		// "s without s[i]" is s[k] before i and s[k + 1] from i on.
		for (let i = 0; i < s.length; i++) groups.add(group(s.length - 1, (k) => s[k < i ? k : k + 1] ?? ''));
	}
	return [...groups];
}

const numberPattern = (id: string) => id.replace(/\d+/g, '#');

/** How `candidate` imitates… or is imitated by `query`; null when they are simply different names. */
export function similarity(query: NameKey, candidate: NameKey): 'same-skeleton' | 'one-edit' | null {
	if (query.network !== ANY_NETWORK && query.network !== candidate.network) return null;
	// The same name is an exact match (or, on another network, a different question).
	if (query.name === candidate.name) return null;
	const a = query.skeleton.join('');
	const b = candidate.skeleton.join('');
	if (a === b) return 'same-skeleton';
	if (Math.min(query.skeleton.length, candidate.skeleton.length) < MIN_EDIT_LENGTH) return null;
	if (numberPattern(query.name) === numberPattern(candidate.name)) return null;
	return editDistance(a, b, 1) <= 1 ? 'one-edit' : null;
}
