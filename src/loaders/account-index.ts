/**
 * Every address form of every registered account, canonicalised once per run: `vk:club123` and
 * `vk:primer_admin` both lead to the same account. Shared by the duplicate rule, the CSV loader
 * (cells may hold pasted links) and the import command.
 */
import { canonicalise } from '../lib/links/index.ts';
import type { Dataset } from './dataset-types.ts';

export interface IndexedForm {
	account: string;
	file: string;
	/** Where the form stands in the account file: ['url'] or ['aliases', i]. */
	path: (string | number)[];
	input: string;
}

export interface AccountIndex {
	/** First registration of each canonical id. */
	byCanonical: Map<string, IndexedForm>;
	/** Later forms that collide with an earlier one (same or another account). */
	collisions: { form: IndexedForm; first: IndexedForm; canonical: string }[];
	/** Registered forms that look like a misspelt numeric form, with the likely canonical id. */
	hints: Map<string, string>;
	/** Forms that do not canonicalise to an account of the declared network. */
	unresolved: { form: IndexedForm; kind: string; reason: string | null; network: string | null }[];
}

const cache = new WeakMap<Dataset, AccountIndex>();

export function accountIndex(dataset: Dataset): AccountIndex {
	const cached = cache.get(dataset);
	if (cached) return cached;
	const index: AccountIndex = { byCanonical: new Map(), collisions: [], unresolved: [], hints: new Map() };
	for (const { value: account, file } of dataset.accounts.values()) {
		const forms: IndexedForm[] = [
			{ account: account.id, file, path: ['url'], input: account.url },
			...account.aliases.map((input, i) => ({ account: account.id, file, path: ['aliases', i], input })),
		];
		for (const form of forms) {
			const resolution = canonicalise(form.input);
			if (resolution.kind !== 'account' || resolution.canonical === null || resolution.network !== account.network) {
				index.unresolved.push({ form, kind: resolution.kind, reason: resolution.reason, network: resolution.network });
				continue;
			}
			if (resolution.reason === 'misspelt-numeric-form' && resolution.hint) index.hints.set(form.input, resolution.hint);
			const first = index.byCanonical.get(resolution.canonical);
			if (first) index.collisions.push({ form, first, canonical: resolution.canonical });
			else index.byCanonical.set(resolution.canonical, form);
		}
	}
	cache.set(dataset, index);
	return index;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Resolves a CSV cell (an account id or a pasted link) to a registered account id. */
export function resolveAccountCell(dataset: Dataset, cell: string): string | undefined {
	// A rejected account (its file failed validation) is reported there; rows naming it are not.
	if (ID.test(cell)) return dataset.accounts.has(cell) || dataset.rejected.accounts.has(cell) ? cell : undefined;
	const resolution = canonicalise(cell);
	if (resolution.kind !== 'account' && resolution.kind !== 'post') return undefined;
	return resolution.canonical === null ? undefined : accountIndex(dataset).byCanonical.get(resolution.canonical)?.account;
}
