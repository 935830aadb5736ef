/**
 * The staff guide (/rukovodstvo/): its pages are MDX files in content/rukovodstvo/, and what can
 * drift from the code is generated here rather than written by hand: the rule list from the rules'
 * meta, the example of a failed check from a real run on tests/fixtures/broken, the page checklist
 * and the spreadsheet columns from the acts and the schemas.
 */
import { existsSync } from 'node:fs';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { formLabels } from '../../editor/form-labels.ts';
import { FORMATS, fails } from '../../engine/reporters/index.ts';
import { runCheck } from '../../engine/run.ts';
import { inForce } from '../../engine/policy-view.ts';
import { SERIES } from '../../loaders/period.ts';
import type { SeriesKind } from '../../loaders/tree.ts';
import { actPaths, clauseRef, type ClauseRef } from '../../queries/policies.ts';
import { asOf, publicData } from '../../queries/site.ts';
import { RULES } from '../../rules/index.ts';
import type { Level, ProfileElement } from '../../schemas/common.ts';
import { ProfileElementSchema } from '../../schemas/common.ts';
import type { Policy } from '../../schemas/policy.ts';

// --- Pages ---------------------------------------------------------------------------------------

interface MdxModule {
	frontmatter: { title: string; description?: string; order: number };
	Content: AstroComponentFactory;
}

export interface GuidePage {
	/** '' for the guide's first page (/rukovodstvo/), else the file name (/rukovodstvo/<slug>/). */
	slug: string;
	href: string;
	title: string;
	description: string | undefined;
	Content: AstroComponentFactory;
}

const modules = import.meta.glob<MdxModule>('/content/rukovodstvo/*.mdx', { eager: true });

/** Every guide page, in the order the files' `order` gives. */
export function guidePages(): GuidePage[] {
	return Object.entries(modules)
		.map(([path, module]) => {
			const name = path.slice(path.lastIndexOf('/') + 1, -'.mdx'.length);
			const slug = name === 'index' ? '' : name;
			return {
				slug,
				order: module.frontmatter.order,
				href: `/rukovodstvo/${slug ? `${slug}/` : ''}`,
				title: module.frontmatter.title,
				description: module.frontmatter.description,
				Content: module.Content,
			};
		})
		.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug))
		.map(({ order: _, ...page }) => page);
}

// --- Rules ---------------------------------------------------------------------------------------

export interface RuleEntry {
	id: string;
	title: string;
	description: string;
	enforces: 'policy' | 'fixed' | 'data';
	/** For fixed and data rules; a policy rule's level is the act's wording. */
	level: Level;
	confidential: boolean;
	/** Clauses the rule enforces, across the acts this site knows, in the acts' order. */
	clauses: ClauseRef[];
}

/** The rule list from src/rules/index.ts: titles and descriptions from each rule's meta. */
export function ruleEntries(): RuleEntry[] {
	// The act pages already know which rule enforces which clause (src/queries/policies.ts).
	const clauses = new Map<string, ClauseRef[]>();
	const policies = new Map(publicData().policies.map((p) => [p.id, p]));
	for (const { props } of actPaths()) {
		const policy = policies.get(props.act.id);
		if (!policy) continue;
		for (const clause of props.act.clauses) {
			for (const rule of clause.rules) {
				const list = clauses.get(rule.id) ?? [];
				list.push(clauseRef(policy, clause.id));
				clauses.set(rule.id, list);
			}
		}
	}
	return RULES.map(({ meta }) => ({
		id: meta.id,
		title: meta.title,
		description: meta.description,
		enforces: meta.enforces.kind,
		level: meta.defaultLevel,
		confidential: meta.confidential === true,
		clauses: clauses.get(meta.id) ?? [],
	}));
}

// --- A failed check ------------------------------------------------------------------------------

/** The demo's broken tree: every kind of mistake the guide explains, with a known output. */
export const BROKEN_FIXTURE = 'tests/fixtures/broken';

export interface CheckExample {
	command: string;
	stylish: string;
	markdown: string;
	exitCode: number;
}

/**
 * A real run of the check on the broken fixture, as CI would print it; undefined when the site is
 * built without the repository's tests (the guide then shows no example).
 */
export function checkExample(): CheckExample | undefined {
	if (!existsSync(BROKEN_FIXTURE)) return undefined;
	const input = { ...runCheck({ dataDir: BROKEN_FIXTURE }), strict: false };
	return {
		command: `npm run --silent check -- --data ${BROKEN_FIXTURE}`,
		stylish: FORMATS.stylish(input, false),
		markdown: FORMATS.markdown(input),
		exitCode: fails(input) ? 1 : 0,
	};
}

// --- What the acts require of a page -------------------------------------------------------------

export interface Demand {
	/** What to check on the page: a profile element, or a duty about the page. */
	item: ProfileElement | 'twoFactor' | 'gospabliki' | 'responsible';
	refs: { ref: ClauseRef; level: Level }[];
	/**
	 * Where the form editor records it: its labels from the group down to the field, and the
	 * field's name in the record file (the check's messages name it so). Absent for what is kept
	 * out of the public record (two-factor authentication, in the internal file).
	 */
	form?: { labels: string[]; field: string };
}

/** Where the form records each item: the account record's field path. */
const FORM_PATHS: Record<Exclude<Demand['item'], 'twoFactor'>, string[]> = {
	...(Object.fromEntries(ProfileElementSchema.options.map((element) => [element, ['profile', element]])) as Record<
		ProfileElement,
		string[]
	>),
	gospabliki: ['gospabliki'],
	responsible: ['responsible', 'position'],
};

/** Requirements about an account page in the acts in force today, each with its clauses. */
export function pageDemands(): Demand[] {
	const today = asOf();
	const policies = publicData().policies.filter((policy) => inForce(policy, today));
	const demands: Demand[] = [];
	const add = (item: Demand['item'], pick: (policy: Policy) => { clause: string; level: Level }[]) => {
		const refs = policies.flatMap((policy) => pick(policy).map(({ clause, level }) => ({ ref: clauseRef(policy, clause), level })));
		if (refs.length === 0) return;
		const path = item === 'twoFactor' ? undefined : FORM_PATHS[item];
		const labels = path && formLabels('account', path);
		demands.push({ item, refs, ...(path && labels ? { form: { labels, field: path.join('.') } } : {}) });
	};
	for (const element of ProfileElementSchema.options) add(element, (policy) => policy.profile.filter((p) => p.element === element));
	add('twoFactor', (policy) => (policy.security.twoFactor ? [policy.security.twoFactor] : []));
	add('gospabliki', (policy) => (policy.gospabliki ? [policy.gospabliki] : []));
	add('responsible', (policy) => (policy.responsible ? [policy.responsible] : []));
	return demands;
}

// --- Spreadsheet columns -------------------------------------------------------------------------

export interface ColumnEntry {
	name: string;
	/** The Russian header staff use (the first alias). */
	header: string | undefined;
	required: boolean;
}

/** Columns of a quarterly table as the import recognises them, required ones first. */
export function tableColumns(kind: SeriesKind): ColumnEntry[] {
	const { columns, schema } = SERIES[kind];
	const shape = (schema as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean } }> }).shape;
	const entries = Object.entries(columns).map(([name, spec]) => ({
		name,
		header: spec.aliases[0],
		required: shape[name]?.safeParse(undefined).success === false,
	}));
	return [...entries.filter((c) => c.required), ...entries.filter((c) => !c.required)];
}
