/**
 * Act pages (/akty/, /akty/<policy>/): one page per policy, an anchor for every clause (the ids
 * rule messages link to), quotes as blockquotes, and the rules that enforce each clause.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPublicData } from '../../src/handoff/public-data.ts';
import { RULES } from '../../src/rules/index.ts';
import type { Policy } from '../../src/schemas/policy.ts';

const dir = inject('siteDir');
const data = loadPublicData(process.env.PORTAL_DATA ?? 'data');
const policies = [...data.dataset.policies.values()].map((entry) => entry.value);
const page = (id: string) => readFileSync(join(dir, 'akty', id, 'index.html'), 'utf8');

/** The clause's section of the act page. */
function section(html: string, clause: string): string {
	const start = html.indexOf(`<section class="clause" id="${clause}"`);
	return start === -1 ? '' : html.slice(start, html.indexOf('</section>', start));
}

/** Clauses a policy requirement kind cites (what RULES' `enforces.requirement` names). */
function clausesOf(policy: Policy, requirement: string): string[] {
	switch (requirement) {
		case 'tiers':
			return [...policy.tiers.map((t) => t.clause), ...(policy.regularPosting ? [policy.regularPosting.clause] : [])];
		case 'networks':
			return policy.networks.map((n) => n.clause);
		case 'profile':
			return policy.profile.map((p) => p.clause);
		case 'replyDeadlines':
			return policy.replyDeadlines.map((d) => d.clause);
		case 'security':
			return Object.values(policy.security).map((duty) => duty.clause);
		default: {
			const duty = (policy as unknown as Record<string, { clause?: string } | undefined>)[requirement];
			return duty?.clause ? [duty.clause] : [];
		}
	}
}

describe('acts', () => {
	it('lists every act on /akty/', () => {
		const html = readFileSync(join(dir, 'akty', 'index.html'), 'utf8');
		for (const policy of policies) expect(html).toContain(`href="/akty/${policy.id}/"`);
	});

	it.each(policies.map((p) => [p.id, p] as const))('%s has an anchor, summary and quote for every clause', (id, policy) => {
		expect(existsSync(join(dir, 'akty', id, 'index.html'))).toBe(true);
		const html = page(id);
		expect(html).toContain('data-pagefind-body');
		for (const clause of policy.clauses) {
			const part = section(html, clause.id);
			expect(part, clause.id).not.toBe('');
			expect(html.match(new RegExp(`id="${clause.id}"`, 'g'))).toHaveLength(1);
			if (clause.quote) expect(part).toContain('<blockquote>');
		}
	});

	it.each(policies.map((p) => [p.id, p] as const))('%s lists the rules enforcing each clause', (_, policy) => {
		const html = page(policy.id);
		let checked = 0;
		for (const rule of RULES) {
			const { enforces, id } = rule.meta;
			const clauses =
				enforces.kind === 'policy'
					? clausesOf(policy, enforces.requirement)
					: enforces.kind === 'fixed'
						? enforces.clauses.filter((c) => c.policy === policy.id).map((c) => c.clause)
						: [];
			for (const clause of clauses) {
				expect(section(html, clause), `${id} → ${clause}`).toContain(`<code>${id}</code>`);
				checked++;
			}
		}
		if (policy.tiers.length || policy.networks.length) expect(checked).toBeGreaterThan(0);
	});

	it("shows an act's particulars: issuer, number, period, replacement", () => {
		const html = page('altai-2020-133');
		expect(html).toContain('Правительство Алтайского края');
		expect(html).toContain('№\u00a0133');
		expect(html).toContain('<time datetime="2024-10-24">24\u00a0октября\u00a02024\u00a0г.</time>');
		expect(html).toContain('№\u00a0405');
	});
});
