/**
 * Which policy applies to what, on which day: the questions every policy rule asks. The engine picks
 * the policies in force for each date it checks (an act can be superseded: Altai 2020 → 2024).
 */
import type { Account } from '../schemas/account.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Policy, Tier } from '../schemas/policy.ts';
import { addDays } from '../lib/dates.ts';
import type { Dataset } from '../loaders/dataset-types.ts';

/** Policies an organisation is under (its own list, or the site's), skipping unknown ids. */
export function policiesOf(dataset: Dataset, org: Organisation): Policy[] {
	const ids = org.policies ?? dataset.site?.value.policies ?? [];
	return ids.flatMap((id) => {
		const policy = dataset.policies.get(id)?.value;
		return policy ? [policy] : [];
	});
}

export function inForce(policy: Policy, date: string): boolean {
	return policy.effectiveFrom <= date && (policy.effectiveTo === undefined || date <= policy.effectiveTo);
}

/** Policies that apply to the organisation on the date: in force and covering its kind. */
export function applicablePolicies(dataset: Dataset, org: Organisation, date: string): Policy[] {
	return policiesOf(dataset, org).filter((policy) => inForce(policy, date) && policy.scope.includes(org.kind));
}

/** An exemption (e.g. Khasyn annex) releases the organisation from keeping pages until its expiry. */
export function isExempt(org: Organisation, date: string): boolean {
	return org.exemption !== undefined && (org.exemption.until === undefined || date <= org.exemption.until);
}

/** The tier (weekly minimum) a policy sets for an account: account tier, org tier, then by org kind. */
export function tierFor(policy: Policy, org: Organisation, account: Account): Tier | undefined {
	const id = account.tier ?? org.tier;
	if (id !== undefined) {
		const named = policy.tiers.find((tier) => tier.id === id);
		if (named) return named;
	}
	return policy.tiers.find((tier) => tier.appliesTo?.includes(org.kind)) ?? policy.tiers.find((tier) => tier.appliesTo === undefined);
}

const sundays = new Map<string, string>();

/** Is the account expected to publish during the week starting on `monday`? */
export function publishingDuring(account: Account, monday: string): boolean {
	let sunday = sundays.get(monday);
	if (sunday === undefined) sundays.set(monday, (sunday = addDays(monday, 6)));
	if (account.status === 'planned' || account.status === 'suspended') return false;
	if (account.opened !== undefined && account.opened > monday) return false;
	if (account.closed !== undefined && account.closed.date <= sunday) return false;
	return true;
}

/** Networks on which «Госпаблики» publishes (decree 2560): VK and OK. */
export const GOSPABLIKI_NETWORKS: ReadonlySet<string> = new Set(['vk', 'ok']);
