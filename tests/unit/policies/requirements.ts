/** Test helper: every requirement of a policy as (where, clause, level), for table-driven checks. */
import type { Policy } from '../../../src/schemas/policy.ts';

export interface RequirementRef {
	where: string;
	clause: string;
	level: 'required' | 'recommended';
}

export function requirementsOf(policy: Policy): RequirementRef[] {
	const refs: RequirementRef[] = [];
	const add = (where: string, r: { clause: string; level: RequirementRef['level'] } | undefined) => {
		if (r) refs.push({ where, clause: r.clause, level: r.level });
	};
	policy.tiers.forEach((t) => add(`tiers.${t.id}`, t));
	policy.networks.forEach((n) => add(`networks.${n.network}.${n.status}`, n));
	policy.profile.forEach((p) => add(`profile.${p.element}`, p));
	policy.replyDeadlines.forEach((d) => add(`replyDeadlines.${d.stage}`, d));
	for (const key of ['twoFactor', 'passwordAccounting', 'passwordRotationDays', 'protection'] as const) {
		add(`security.${key}`, policy.security[key]);
	}
	for (const key of ['regularPosting', 'gospabliki', 'contentPlan', 'registry', 'responsible', 'moderation', 'exemptions'] as const) {
		add(key, policy[key]);
	}
	return refs;
}
