/**
 * Organisation pages: the details the acts require to be public, the org's accounts, the acts it
 * is under, its exemption, and per quarter its compliance (weeks meeting the minimum) and reply
 * times. The quarter summaries are the statistics pages' (getQuarters in stats.ts, one pass over
 * every CSV file per build), indexed here by organisation: reading the CSV files a second time
 * would cost ~3 ms per organisation at national scale.
 */
import type { Network } from '../schemas/common.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { AccountStatus } from '../schemas/account.ts';
import type { PeriodSummary, StageTimes } from '../engine/period-summary.ts';
import { accountViews, type AccountRow, type OrgRef } from './accounts.ts';
import { clauseRef, findClauseRef, orgPolicies, policyTitle, type ClauseRef, type OrgPolicy } from './policies.ts';
import { asOf, publicData } from './site.ts';
import { getQuarters } from './stats.ts';

export interface Exemption {
	policy: string;
	policyTitle: string | null;
	ref: ClauseRef | null;
	clause: string;
	note?: string;
	until?: string;
	/** Still in force on the page's date. */
	current: boolean;
}

export interface OrgView {
	org: Organisation;
	parent: OrgRef | null;
	children: OrgRef[];
	accounts: AccountRow[];
	policies: OrgPolicy[];
	exemption: Exemption | null;
	/** Pagefind filter values (search): networks and statuses of the org's pages. */
	networks: Network[];
	statuses: AccountStatus[];
}

export interface AccountCompliance {
	id: string;
	name: string;
	network: Network;
	weeksDue: number;
	weeksMet: number;
	/** Distinct weekly minimums in force during the quarter, ascending. */
	minimums: number[];
	basis: (ClauseRef & { level: 'required' | 'recommended' }) | null;
}

export interface StageCompliance extends StageTimes {
	ref: ClauseRef | null;
}

export interface QuarterCompliance {
	year: number;
	quarter: number;
	accounts: AccountCompliance[];
	replies: StageCompliance[];
}

const COLLATOR = new Intl.Collator('ru');
let childrenByParent: Map<string, OrgRef[]> | undefined;

function childrenOf(id: string): OrgRef[] {
	if (!childrenByParent) {
		childrenByParent = new Map();
		for (const org of publicData().orgs) {
			if (!org.parent) continue;
			const list = childrenByParent.get(org.parent) ?? [];
			list.push({ id: org.id, name: org.name });
			childrenByParent.set(org.parent, list);
		}
		for (const list of childrenByParent.values()) list.sort((a, b) => COLLATOR.compare(a.name, b.name));
	}
	return childrenByParent.get(id) ?? [];
}

function exemptionView(org: Organisation, today: string): Exemption | null {
	const exemption = org.exemption;
	return exemption
		? {
				policy: exemption.policy,
				policyTitle: policyTitle(exemption.policy),
				clause: exemption.clause,
				ref: findClauseRef(exemption.policy, exemption.clause),
				...(exemption.note ? { note: exemption.note } : {}),
				...(exemption.until ? { until: exemption.until } : {}),
				current: exemption.until === undefined || today <= exemption.until,
			}
		: null;
}

export interface ExemptOrg {
	id: string;
	name: string;
	exemption: Exemption;
}

let exempt: ExemptOrg[] | undefined;

/**
 * Bodies exempt from keeping official pages, by name: they have no accounts, so no account listing
 * of the registry shows them (/reestr/osvobozhdeny/ does). Once per build, over the organisations.
 */
export function exemptOrgs(): ExemptOrg[] {
	if (exempt) return exempt;
	const today = asOf();
	exempt = publicData()
		.orgs.flatMap((org) => {
			const exemption = exemptionView(org, today);
			return exemption ? [{ id: org.id, name: org.name, exemption }] : [];
		})
		.sort((a, b) => COLLATOR.compare(a.name, b.name));
	return exempt;
}

function orgView(org: Organisation, today: string): OrgView {
	const { byOrg, orgs } = accountViews();
	const accounts = byOrg.get(org.id) ?? [];
	const parent = org.parent ? orgs.get(org.parent) : undefined;
	return {
		org,
		parent: parent ? { id: parent.id, name: parent.name } : null,
		children: childrenOf(org.id),
		accounts,
		policies: orgPolicies(org),
		exemption: exemptionView(org, today),
		networks: [...new Set(accounts.map((a) => a.network))],
		statuses: [...new Set(accounts.map((a) => a.status))],
	};
}

/** One page per organisation; the page builds its view when it renders (see statementPaths). */
export function orgPaths() {
	return publicData().orgs.map((org) => ({ params: { id: org.id } }));
}

export function getOrgView(id: string): OrgView {
	const org = publicData().dataset.orgs.get(id)?.value;
	if (!org) throw new Error(`нет организации ${id}`);
	return orgView(org, asOf());
}

let summariesByOrg: Map<string, PeriodSummary[]> | undefined;

/** Quarters of one organisation, newest first. */
export function orgCompliance(orgId: string): QuarterCompliance[] {
	const { dataset } = publicData();
	if (!summariesByOrg) {
		summariesByOrg = new Map();
		for (const quarter of getQuarters()) {
			for (const { summary } of quarter.orgs) {
				const list = summariesByOrg.get(summary.org);
				if (list) list.push(summary);
				else summariesByOrg.set(summary.org, [summary]);
			}
		}
	}
	const org = dataset.orgs.get(orgId)?.value;
	if (!org) return [];
	const { byId } = accountViews();
	return (summariesByOrg.get(orgId) ?? [])
		.map((summary) => ({
			year: summary.year,
			quarter: summary.quarter,
			accounts: summary.accounts.map((row) => {
				const policy = row.basis ? dataset.policies.get(row.basis.policy)?.value : undefined;
				return {
					id: row.account,
					name: byId.get(row.account)?.name ?? row.account,
					network: row.network,
					weeksDue: row.weeksDue,
					weeksMet: row.weeksMet,
					minimums: [...new Set(row.minimum.filter((m): m is number => m !== null))].sort((a, b) => a - b),
					basis: policy && row.basis ? { ...clauseRef(policy, row.basis.clause), level: row.basis.level } : null,
				};
			}),
			// The clause of the act the stage came from, not any act's stage of the same id.
			replies: summary.replies.map((stage) => {
				const policy = stage.policy === null ? undefined : dataset.policies.get(stage.policy)?.value;
				return { ...stage, ref: policy && stage.clause !== null ? clauseRef(policy, stage.clause) : null };
			}),
		}))
		.sort((a, b) => b.year - a.year || b.quarter - a.quarter);
}
