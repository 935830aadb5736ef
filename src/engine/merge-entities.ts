/**
 * Two threads each load half of the organisations' files; both then need the whole dataset.
 * Entities are merged back in tree order, so everything order-dependent (which of two registrations
 * of one page is «first», the order of findings) is exactly as in a serial check.
 */
import type { Dataset, Entry } from '../loaders/dataset-types.ts';
import type { Pending } from './session.ts';

export interface EntityPart {
	orgs: Entry<any>[];
	accounts: Entry<any>[];
	internal: Entry<any>[];
	rejected: { orgs: string[]; accounts: string[]; accountFiles: [string, string[]][] };
}

export function entityPart(dataset: Dataset): EntityPart {
	return {
		orgs: [...dataset.orgs.values()],
		accounts: [...dataset.accounts.values()],
		internal: [...dataset.internal.values()],
		rejected: {
			orgs: [...dataset.rejected.orgs],
			accounts: [...dataset.rejected.accounts],
			accountFiles: [...dataset.rejected.accountFilesByOrg],
		},
	};
}

/**
 * Adds another thread's entities to a dataset, in place (rule contexts hold the dataset object).
 * `order` gives each file's index in the tree walk. Returns file-layout findings for account ids
 * that both parts hold (the later file in tree order is the duplicate, as in a serial load).
 */
export function mergeEntities(dataset: Dataset, other: EntityPart, order: ReadonlyMap<string, number>): Pending[] {
	const byTree = <T>(a: Entry<T>, b: Entry<T>) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0);
	const findings: Pending[] = [];
	const orgs = [...dataset.orgs.values(), ...other.orgs].sort(byTree);
	const internal = [...dataset.internal.values(), ...other.internal].sort(byTree);
	const accounts = [...dataset.accounts.values(), ...other.accounts].sort(byTree);
	dataset.orgs.clear();
	for (const entry of orgs) dataset.orgs.set(entry.value.id, entry);
	dataset.internal.clear();
	for (const entry of internal) dataset.internal.set(entry.value.org, entry);
	dataset.accounts.clear();
	dataset.accountsByOrg.clear();
	for (const entry of accounts) {
		const existing = dataset.accounts.get(entry.value.id);
		if (existing) {
			findings.push({
				ruleId: 'file-layout',
				file: entry.file,
				path: ['id'],
				messageId: 'duplicateId',
				data: { id: entry.value.id, other: existing.file },
			});
			continue;
		}
		dataset.accounts.set(entry.value.id, entry);
		const list = dataset.accountsByOrg.get(entry.value.org);
		if (list) list.push(entry);
		else dataset.accountsByOrg.set(entry.value.org, [entry]);
	}
	for (const id of other.rejected.orgs) dataset.rejected.orgs.add(id);
	for (const id of other.rejected.accounts) dataset.rejected.accounts.add(id);
	for (const [org, files] of other.rejected.accountFiles) {
		const list = dataset.rejected.accountFilesByOrg.get(org);
		if (list) list.push(...files);
		else dataset.rejected.accountFilesByOrg.set(org, [...files]);
	}
	return findings;
}
