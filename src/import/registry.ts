/**
 * The registry side of the import: which accounts exist and which organisation each belongs to,
 * and why a cell that names no registered account was refused.
 */
import { resolveAccountCell } from '../loaders/account-index.ts';
import type { Dataset } from '../loaders/dataset-types.ts';
import { canonicalise } from '../lib/links/index.ts';
import { loadDataset } from '../loaders/dataset.ts';
import { renderTemplate } from '../engine/render.ts';
import { linkReason } from '../lib/network-words.ts';
import accountLinkValid from '../rules/account-link-valid.ts';
import { walkTree } from '../loaders/tree.ts';

export interface Registry {
	dataset: Dataset;
	/** Account id → organisation, from where the account file lies (also for invalid account files). */
	accountOrg: Map<string, string>;
	/** Organisations that have a card (orgs/<org>/org.yaml). */
	orgs: Set<string>;
}

export function openRegistry(dataDir: string): Registry {
	// Quarterly tables are not read: the import needs accounts and organisations only.
	const entries = walkTree(dataDir).filter((entry) => entry.kind !== 'series');
	// Problems of the registry files are `npm run check`'s business; the import only needs
	// the accounts that load. A broken account file still has its id (see resolveAccountCell).
	const dataset = loadDataset(dataDir, entries, { finding: () => {} });
	const accountOrg = new Map<string, string>();
	const orgs = new Set<string>();
	for (const entry of entries) {
		if (entry.kind === 'account') accountOrg.set(entry.id, entry.org);
		if (entry.kind === 'org') orgs.add(entry.org);
	}
	return { dataset, accountOrg, orgs };
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The check's message for a look-alike link (account-link-valid): one wording for form, check and import. */
const LOOKALIKE = accountLinkValid.meta.messages.lookalike ?? 'Адрес «{{input}}» похож на адрес сети, но им не является. {{why}}';

export type AccountCell = { ok: true; id: string; org: string } | { ok: false; message: string };

/** An account id or any pasted form of a registered page → the account and its organisation. */
export function resolveAccount(registry: Registry, cell: string): AccountCell {
	const id = resolveAccountCell(registry.dataset, cell);
	const org = id === undefined ? undefined : registry.accountOrg.get(id);
	if (id !== undefined && org !== undefined) return { ok: true, id, org };
	const shown = cell.length > 80 ? `${cell.slice(0, 77)}…` : cell;
	if (ID.test(cell))
		return {
			ok: false,
			message: `аккаунт «${shown}» не найден в реестре: укажите идентификатор зарегистрированного аккаунта или ссылку на его страницу`,
		};
	const link = canonicalise(cell);
	switch (link.kind) {
		case 'lookalike':
			// The check's own message, reason and all: a link the form and the check call «буквы
			// другого алфавита» is not described otherwise here.
			return {
				ok: false,
				message: renderTemplate(LOOKALIKE, { input: shown, why: linkReason(link.reason, link.network) }),
			};
		case 'account':
		case 'post':
			return {
				ok: false,
				message: `ссылка не найдена в реестре: «${shown}» (${link.canonical}); зарегистрируйте аккаунт или укажите ссылку на зарегистрированную страницу`,
			};
		case 'invalid':
			return { ok: false, message: `«${shown}» — не идентификатор аккаунта и не ссылка на страницу в соцсети` };
	}
}
