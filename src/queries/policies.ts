/**
 * Acts as pages: every policy (built-in presets and the site's own), its clauses with the
 * requirements each sets and the rules that enforce them, and the moderation rules per act.
 * Clause anchors are the clause ids (`/akty/khasyn-undated/#s1-p5-1`): every rule message and
 * every page that cites a clause links there.
 */
import type { Organisation } from '../schemas/organisation.ts';
import type { Clause, Policy } from '../schemas/policy.ts';
import type { Level, Network, ProfileElement } from '../schemas/common.ts';
import { cite } from '../policies/cite.ts';
import { RULES } from '../rules/index.ts';
import { applicablePolicies, inForce, policiesOf } from '../engine/policy-view.ts';
import { asOf, publicData } from './site.ts';

/** A link to one clause of one act, with its Russian citation. */
export interface ClauseRef {
	policy: string;
	clause: string;
	/** «п. 6 постановления Правительства Алтайского края от 27.03.2020 № 133» */
	citation: string;
	href: string;
}

export function clauseHref(policy: string, clause: string): string {
	return `/akty/${policy}/#${clause}`;
}

export function clauseRef(policy: Policy, clause: string): ClauseRef {
	return { policy: policy.id, clause, citation: cite(policy, clause), href: clauseHref(policy.id, clause) };
}

/** What a clause requires, as data: the act page words it from the dictionary by `type`. */
export type Requirement = { level: Level } & (
	| { type: 'tier'; title: string; min: number }
	| { type: 'regularPosting' }
	| { type: 'network'; network: Network; status: 'required' | 'allowed' | 'banned'; from?: string; to?: string }
	| { type: 'profile'; element: ProfileElement }
	| { type: 'replyDeadline'; title: string; hours: number }
	| { type: 'security'; duty: 'twoFactor' | 'passwordAccounting' | 'passwordRotationDays' | 'protection'; days?: number }
	| { type: 'gospabliki' | 'contentPlan' | 'registry' | 'responsible' | 'moderation' | 'exemptions' }
);

export interface EnforcingRule {
	id: string;
	title: string;
}

export interface ClauseView extends Clause {
	requirements: Requirement[];
	rules: EnforcingRule[];
}

export interface PolicySummary {
	id: string;
	title: string;
	issuer: string;
	actKind: Policy['actKind'];
	number: string | null;
	date: string | null;
	effectiveFrom: string;
	effectiveTo?: string;
	supersededBy?: string;
	inForce: boolean;
}

export interface ActView extends PolicySummary {
	summary: string;
	/** Link to the official text, only when it is https (policies from data/ may carry any URL). */
	url: string | null;
	scope: Policy['scope'];
	clauses: ClauseView[];
}

function requirementsOf(policy: Policy): (Requirement & { clause: string })[] {
	const out: (Requirement & { clause: string })[] = [];
	for (const tier of policy.tiers)
		out.push({ type: 'tier', title: tier.title, min: tier.minPostsPerWeek, level: tier.level, clause: tier.clause });
	if (policy.regularPosting) out.push({ type: 'regularPosting', ...policy.regularPosting });
	for (const rule of policy.networks) {
		out.push({
			type: 'network',
			network: rule.network,
			status: rule.status,
			level: rule.level,
			clause: rule.clause,
			...(rule.from ? { from: rule.from } : {}),
			...(rule.to ? { to: rule.to } : {}),
		});
	}
	for (const item of policy.profile) out.push({ type: 'profile', element: item.element, level: item.level, clause: item.clause });
	for (const deadline of policy.replyDeadlines)
		out.push({ type: 'replyDeadline', title: deadline.title, hours: deadline.hours, level: deadline.level, clause: deadline.clause });
	const { twoFactor, passwordAccounting, passwordRotationDays, protection } = policy.security;
	if (twoFactor) out.push({ type: 'security', duty: 'twoFactor', ...twoFactor });
	if (passwordAccounting) out.push({ type: 'security', duty: 'passwordAccounting', ...passwordAccounting });
	if (passwordRotationDays)
		out.push({
			type: 'security',
			duty: 'passwordRotationDays',
			days: passwordRotationDays.days,
			level: passwordRotationDays.level,
			clause: passwordRotationDays.clause,
		});
	if (protection) out.push({ type: 'security', duty: 'protection', ...protection });
	for (const key of ['gospabliki', 'contentPlan', 'registry', 'responsible', 'moderation', 'exemptions'] as const) {
		const duty = policy[key];
		if (duty) out.push({ type: key, level: duty.level, clause: duty.clause });
	}
	return out;
}

/**
 * Requirement kinds of rule metas (`enforces.requirement`) → the requirement types above. The
 * weekly-minimum rules enforce the tier's minimum, or «регулярно» where an act sets no number.
 */
const REQUIREMENT_TYPES: Record<string, Requirement['type'][]> = {
	tiers: ['tier', 'regularPosting'],
	networks: ['network'],
	profile: ['profile'],
	replyDeadlines: ['replyDeadline'],
	security: ['security'],
};

/** Rules enforcing each clause of a policy: policy rules via the requirements, fixed rules by name. */
function rulesByClause(policy: Policy, requirements: (Requirement & { clause: string })[]): Map<string, EnforcingRule[]> {
	const map = new Map<string, EnforcingRule[]>();
	const add = (clause: string, rule: EnforcingRule) => {
		const list = map.get(clause) ?? [];
		if (!list.some((r) => r.id === rule.id)) list.push(rule);
		map.set(clause, list);
	};
	for (const { meta } of RULES) {
		const rule = { id: meta.id, title: meta.title };
		if (meta.enforces.kind === 'policy') {
			const types = REQUIREMENT_TYPES[meta.enforces.requirement] ?? [meta.enforces.requirement];
			for (const requirement of requirements) if ((types as string[]).includes(requirement.type)) add(requirement.clause, rule);
		} else if (meta.enforces.kind === 'fixed') {
			for (const cited of meta.enforces.clauses) if (cited.policy === policy.id) add(cited.clause, rule);
		}
	}
	return map;
}

function summaryOf(policy: Policy, today: string): PolicySummary {
	return {
		id: policy.id,
		title: policy.title,
		issuer: policy.issuer,
		actKind: policy.actKind,
		number: policy.number,
		date: policy.date,
		effectiveFrom: policy.effectiveFrom,
		...(policy.effectiveTo ? { effectiveTo: policy.effectiveTo } : {}),
		...(policy.supersededBy ? { supersededBy: policy.supersededBy } : {}),
		inForce: inForce(policy, today),
	};
}

function httpsOnly(url: string | undefined): string | null {
	if (!url) return null;
	try {
		return new URL(url).protocol === 'https:' ? url : null;
	} catch {
		return null;
	}
}

function actView(policy: Policy, today: string): ActView {
	const requirements = requirementsOf(policy);
	const rules = rulesByClause(policy, requirements);
	return {
		...summaryOf(policy, today),
		summary: policy.summary,
		url: httpsOnly(policy.url),
		scope: policy.scope,
		clauses: policy.clauses.map((clause) => ({
			...clause,
			requirements: requirements.filter((r) => r.clause === clause.id).map(({ clause: _, ...r }) => r as Requirement),
			rules: (rules.get(clause.id) ?? []).sort((a, b) => a.id.localeCompare(b.id)),
		})),
	};
}

/** Federal acts first (they apply to everyone), then the others by issuer, newest first. */
function sortedPolicies(): Policy[] {
	return [...publicData().dataset.policies.values()]
		.map((entry) => entry.value)
		.sort(
			(a, b) =>
				Number(b.actKind === 'federal-law') - Number(a.actKind === 'federal-law') ||
				a.issuer.localeCompare(b.issuer, 'ru') ||
				b.effectiveFrom.localeCompare(a.effectiveFrom),
		);
}

export function policyList(): PolicySummary[] {
	const today = asOf();
	return sortedPolicies().map((policy) => summaryOf(policy, today));
}

export function actPaths() {
	const today = asOf();
	return sortedPolicies().map((policy) => ({ params: { id: policy.id }, props: { act: actView(policy, today) } }));
}

export interface ModerationView extends PolicySummary {
	removes: string[];
	blocking: string | null;
	notAppeals: boolean;
	ref: ClauseRef;
	level: Level;
}

/** Acts that set moderation rules, in the acts' order. */
export function moderationList(): ModerationView[] {
	const today = asOf();
	return sortedPolicies().flatMap((policy) => {
		const moderation = policy.moderation;
		if (!moderation) return [];
		return [
			{
				...summaryOf(policy, today),
				removes: moderation.removes,
				blocking: moderation.blocking ?? null,
				notAppeals: moderation.notAppeals,
				ref: clauseRef(policy, moderation.clause),
				level: moderation.level,
			},
		];
	});
}

/** The act of the federal baseline's art. 10 of 8-FZ: the legal ground of every official page. */
const FEDERAL = { policy: 'federal-baseline', clause: 'fz8-art10' };

/**
 * Legal ground of an organisation's official pages: art. 10 of 8-FZ, then each of its own acts
 * (in scope for its kind and in force at some point of `from`..`to`), citing the clause that
 * orders the registry, or the act's first clause where it names none.
 */
export function basisOf(org: Organisation | undefined, from: string | undefined, to: string): ClauseRef[] {
	const { dataset } = publicData();
	const refs: ClauseRef[] = [];
	const federal = dataset.policies.get(FEDERAL.policy)?.value;
	if (federal?.clauses.some((c) => c.id === FEDERAL.clause)) refs.push(clauseRef(federal, FEDERAL.clause));
	if (!org) return refs;
	for (const policy of policiesOf(dataset, org)) {
		if (policy.id === FEDERAL.policy || !policy.scope.includes(org.kind)) continue;
		const overlaps = policy.effectiveFrom <= to && (policy.effectiveTo === undefined || from === undefined || from <= policy.effectiveTo);
		if (!overlaps) continue;
		refs.push(clauseRef(policy, policy.registry?.clause ?? policy.clauses[0]!.id));
	}
	return refs;
}

export interface OrgPolicy extends PolicySummary {
	/** The tier an organisation's pages fall under by default, with its clause. */
	tier: { title: string; min: number; level: Level; ref: ClauseRef } | null;
	applies: boolean;
}

/** The acts an organisation is under, marking the ones that apply to it today. */
export function orgPolicies(org: Organisation): OrgPolicy[] {
	const { dataset } = publicData();
	const today = asOf();
	const applicable = new Set(applicablePolicies(dataset, org, today).map((p) => p.id));
	return policiesOf(dataset, org).map((policy) => {
		const tierId = org.tier;
		const tier =
			(tierId !== undefined ? policy.tiers.find((t) => t.id === tierId) : undefined) ??
			policy.tiers.find((t) => t.appliesTo?.includes(org.kind));
		return {
			...summaryOf(policy, today),
			tier: tier ? { title: tier.title, min: tier.minPostsPerWeek, level: tier.level, ref: clauseRef(policy, tier.clause) } : null,
			applies: applicable.has(policy.id),
		};
	});
}

/** Clause reference by ids, or null when the act or clause is unknown (data from another site). */
export function findClauseRef(policyId: string, clause: string): ClauseRef | null {
	const policy = publicData().dataset.policies.get(policyId)?.value;
	if (!policy || !policy.clauses.some((c) => c.id === clause)) return null;
	return clauseRef(policy, clause);
}

export function policyTitle(policyId: string): string | null {
	return publicData().dataset.policies.get(policyId)?.value.title ?? null;
}
