/**
 * Registry accounts for the shard builder, from the public dataset (loadPublicData: no internal
 * data). Canonical forms come from the engine's account index, so the site accepts exactly the
 * addresses the validator accepted.
 */
import { accountIndex } from '../loaders/account-index.ts';
import type { Dataset } from '../loaders/dataset-types.ts';
import { emailKey, phoneKey, siteKey } from '../lib/lookup/keys.ts';
import type { Registry, RegistryAccount, RegistryContact } from '../lib/lookup/types.ts';

/** Everything the link-check shards are built from: accounts and the contacts organisations list. */
export function registryOf(dataset: Dataset): Registry {
	return { accounts: registryAccounts(dataset), contacts: registryContacts(dataset) };
}

/** Each organisation's website, e-mail and phones, keyed as a citizen's input will be (keys.ts). */
export function registryContacts(dataset: Dataset): RegistryContact[] {
	const contacts: RegistryContact[] = [];
	for (const { value: org } of dataset.orgs.values()) {
		const keys = [
			org.website === undefined ? null : siteKey(org.website),
			org.email === undefined ? null : emailKey(org.email),
			...org.phones.map(phoneKey),
		];
		for (const key of keys) if (key !== null) contacts.push({ key, org: org.id, orgName: org.shortName });
	}
	return contacts;
}

export function registryAccounts(dataset: Dataset): RegistryAccount[] {
	const forms = new Map<string, { main: string | null; all: string[] }>();
	for (const [canonical, form] of accountIndex(dataset).byCanonical) {
		const entry = forms.get(form.account) ?? { main: null, all: [] };
		entry.all.push(canonical);
		if (form.path[0] === 'url') entry.main = canonical;
		forms.set(form.account, entry);
	}
	const accounts: RegistryAccount[] = [];
	for (const { value: account } of dataset.accounts.values()) {
		const entry = forms.get(account.id);
		// An account none of whose addresses resolve is reported by the validator; nothing to find.
		if (entry === undefined) continue;
		const org = dataset.orgs.get(account.org)?.value;
		accounts.push({
			id: account.id,
			org: account.org,
			orgName: org?.shortName ?? account.org,
			name: account.name,
			status: account.status,
			...(account.closed ? { closed: { date: account.closed.date, reason: account.closed.reason } } : {}),
			main: entry.main ?? entry.all[0] ?? '',
			forms: entry.all,
		});
	}
	return accounts;
}
