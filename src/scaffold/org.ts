/** A new organisation (`npm run new -- org`): its org.yaml, and an internal file to hold staff contacts. */
import type { Dataset } from '../loaders/dataset-types.ts';
import { applicablePolicies } from '../engine/policy-view.ts';
import { networkRulesOn } from '../policies/in-force.ts';
import { checkDate } from './registry.ts';
import { OrganisationSchema, type Organisation } from '../schemas/organisation.ts';

export interface OrgRequest {
	id: string;
	name: string;
	kind: string;
	shortName?: string;
	inn: string;
	ogrn: string;
	address: string;
	parent?: string;
	website?: string;
	email?: string;
	phones: string[];
	policies: string[];
}

export type OrgPlan = { ok: true; value: Organisation; input: Record<string, unknown> } | { ok: false; problems: string[] };

export function planOrg(dataset: Dataset, request: OrgRequest): OrgPlan {
	if (dataset.orgs.has(request.id) || dataset.rejected.orgs.has(request.id)) {
		return { ok: false, problems: [`Организация «${request.id}» уже есть: orgs/${request.id}/org.yaml.`] };
	}
	const problems: string[] = [];
	if (request.parent && !dataset.orgs.has(request.parent)) problems.push(`parent: организация «${request.parent}» не найдена.`);
	for (const policy of request.policies)
		if (!dataset.policies.has(policy))
			problems.push(`policies: акт «${policy}» не найден (встроенные: ${[...dataset.policies.keys()].join(', ')}).`);
	const input: Record<string, unknown> = {
		id: request.id,
		name: request.name.trim(),
		shortName: (request.shortName ?? request.name).trim(),
		kind: request.kind,
		...(request.parent ? { parent: request.parent } : {}),
		inn: request.inn.trim(),
		ogrn: request.ogrn.trim(),
		address: request.address.trim(),
		...(request.email ? { email: request.email.trim() } : {}),
		...(request.phones.length > 0 ? { phones: request.phones.map((phone) => phone.trim()) } : {}),
		...(request.website ? { website: request.website.trim() } : {}),
		...(request.policies.length > 0 ? { policies: request.policies } : {}),
	};
	const checked = OrganisationSchema.safeParse(input);
	if (!checked.success) problems.push(...checked.error.issues.map((issue) => `${issue.path.join('.') || 'запись'}: ${issue.message}`));
	if (problems.length > 0 || !checked.success) return { ok: false, problems };
	return { ok: true, value: checked.data, input };
}

/** Networks the organisation's acts require a live page in, as of the tree's check date. */
export function requiredNetworks(dataset: Dataset, org: Organisation): string[] {
	const today = checkDate(dataset);
	const rules = applicablePolicies(dataset, org, today).flatMap((policy) => networkRulesOn(policy, today));
	return [...new Set(rules.filter((rule) => rule.status === 'required').map((rule) => rule.network))];
}
