/**
 * Changes to the registry that the account records themselves date: a page opened, entered in the
 * registry, closed. The Atom feed and the passport's «modified»/«provenance» are built from them, so
 * both are reproducible from the data alone (no build clock, no git history).
 */
import type { Account } from '../../schemas/account.ts';

export type ChangeKind = 'registered' | 'opened' | 'closed';

export interface RegistryChange {
	date: string;
	kind: ChangeKind;
	account: Account;
}

// Same-day order: a closure is the most consequential news, then registration, then opening.
const KIND_ORDER: Record<ChangeKind, number> = { closed: 0, registered: 1, opened: 2 };

/** Every dated change, newest first; ties broken by kind, then account id, so output is stable. */
export function registryChanges(accounts: Iterable<Account>): RegistryChange[] {
	const changes: RegistryChange[] = [];
	for (const account of accounts) {
		if (account.opened) changes.push({ date: account.opened, kind: 'opened', account });
		if (account.registered) changes.push({ date: account.registered, kind: 'registered', account });
		if (account.closed) changes.push({ date: account.closed.date, kind: 'closed', account });
	}
	return changes.sort(
		(a, b) =>
			(a.date === b.date ? 0 : a.date > b.date ? -1 : 1) ||
			KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
			(a.account.id < b.account.id ? -1 : a.account.id > b.account.id ? 1 : 0),
	);
}
