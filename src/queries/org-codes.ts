/**
 * ИНН and ОГРН of every organisation for the search page's exact lookup: the codes are not words of
 * the Pagefind index (each is one organisation's own, so they would be most of its distinct words),
 * so the search script reads them from these small static files when a query is a code. Split by
 * the code's last two digits (check digits, spread evenly, unlike the leading region code) into
 * 100 files, so a lookup reads one hundredth of the list at national scale.
 */
import { publicData } from './site.ts';

export interface CodeEntry {
	/** Organisation page, e.g. `/org/lyambir-admin/`. */
	href: string;
	name: string;
}

export const CODE_SHARDS = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** The shard a code lives in: its last two digits. The search script computes the same. */
export const codeShard = (code: string): string => code.slice(-2);

/** Code → organisation for one shard (every shard exists, empty or not, so no lookup meets a 404). */
export function codeShardEntries(shard: string): Record<string, CodeEntry> {
	const entries: Record<string, CodeEntry> = {};
	for (const org of publicData().orgs) {
		for (const code of [org.inn, org.ogrn]) {
			if (code && codeShard(code) === shard) entries[code] = { href: `/org/${org.id}/`, name: org.name };
		}
	}
	return entries;
}
