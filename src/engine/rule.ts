/**
 * The rule contract (ESLint's `meta` + `create`, adapted to data): one file per rule in src/rules/,
 * file name = rule id. A rule declares what it enforces and its Russian message templates, and
 * implements one or more checks:
 *  - `checkDataset` once, over all organisations, accounts, policies and internal data;
 *  - `checkPeriod` once per organisation and quarter, with that quarter's CSV tables (stats, plans,
 *    reply log) loaded and dropped afterwards, so memory stays flat at national scale;
 *  - `checkText` on the raw text of every file (secrets, canonical form).
 * Shape is not policy: rules only ever see data that has passed its schema.
 */
import type { z } from 'zod';
import type { Level } from '../schemas/common.ts';
import type { Dataset, Period } from '../loaders/dataset-types.ts';
import type { Report } from './types.ts';

export interface RuleMeta {
	/** Same as the file name, e.g. `weekly-minimum`. */
	id: string;
	/** One line, Russian, shown in the rule list and the staff guide. */
	title: string;
	/** What the rule checks and why, Russian. */
	description: string;
	/**
	 * What the rule enforces. `policy: <requirement>` rules take the clause and level from the
	 * policy in force (e.g. the tier's clause and its «рекомендуется»); `fixed` rules cite the
	 * clauses listed here; `data` rules guard the registry's own integrity.
	 */
	enforces: { kind: 'policy'; requirement: string } | { kind: 'fixed'; clauses: { policy: string; clause: string }[] } | { kind: 'data' };
	/** Level for reports that do not carry one from a policy. */
	defaultLevel: Level;
	/** Findings tell where security is weak: shown in the terminal only, counted in published outputs. */
	confidential?: boolean;
	/** Message templates with `{{placeholders}}`, Russian. */
	messages: Record<string, string>;
	defaultOptions?: Record<string, unknown>;
	optionsSchema?: z.ZodType;
}

export interface RuleContext<Options = Record<string, unknown>> {
	dataset: Dataset;
	/** The date the check runs for, YYYY-MM-DD (today, or site.asOf for demo data). */
	today: string;
	options: Options;
	report(report: Report): void;
}

export interface TextFile {
	file: string;
	text: string;
	/** Set for CSV files: what the tolerant reader found about their form. */
	csv?: { canonical: boolean; notCanonicalBecause: string[] };
}

export interface Rule<Options = Record<string, unknown>> {
	meta: RuleMeta;
	checkDataset?(ctx: RuleContext<Options>): void;
	checkPeriod?(ctx: RuleContext<Options>, period: Period): void;
	checkText?(ctx: RuleContext<Options>, file: TextFile): void;
}

/** Identity helper that gives rule files their types (as ESLint's `RuleModule`). */
export function defineRule<Options = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
	return rule;
}
