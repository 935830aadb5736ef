/**
 * Which policies and network rules apply on a given day. Pure functions over ISO dates (YYYY-MM-DD),
 * compared as strings: for that format lexical order is calendar order. Both ends are inclusive:
 * effectiveTo and a rule's `to` are the last day in force.
 */
import type { NetworkRule, Policy } from '../schemas/policy.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function assertIsoDate(date: string): void {
	if (!ISO_DATE.test(date)) throw new RangeError(`ожидалась дата вида ГГГГ-ММ-ДД, получено «${date}»`);
}

function covers(date: string, from: string | undefined, to: string | undefined): boolean {
	return (from === undefined || from <= date) && (to === undefined || date <= to);
}

/** Policies in force on `date`: effectiveFrom <= date <= effectiveTo (no effectiveTo — still in force). */
export function policiesInForce(policies: Policy[], date: string): Policy[] {
	assertIsoDate(date);
	return policies.filter((policy) => covers(date, policy.effectiveFrom, policy.effectiveTo));
}

/**
 * Network rules of `policy` that apply on `date`. A rule without `from`/`to` takes the policy's own
 * effectiveFrom/effectiveTo, so nothing is returned for a day on which the policy is not in force.
 */
export function networkRulesOn(policy: Policy, date: string): NetworkRule[] {
	assertIsoDate(date);
	return policy.networks.filter((rule) => covers(date, rule.from ?? policy.effectiveFrom, rule.to ?? policy.effectiveTo));
}
