/**
 * The check: walk the tree, load and validate, run every rule, then resolve severities, messages,
 * citations and positions. Pure of the terminal: the CLI formats what this returns.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDataset, type LoaderFinding } from '../loaders/dataset.ts';
import { loadSeries } from '../loaders/period.ts';
import { walkTree, type TreeEntry } from '../loaders/tree.ts';
import { YamlLocator } from '../loaders/yaml-locate.ts';
import { cite } from '../policies/cite.ts';
import { RULES } from '../rules/index.ts';
import { resolveAccountCell } from './account-index.ts';
import type { Dataset, Period } from './dataset-types.ts';
import { renderTemplate } from './render.ts';
import type { Rule, RuleContext, TextFile } from './rule.ts';
import { resolveRuleSettings, type RuleSettings } from './settings.ts';
import type { Finding, Report } from './types.ts';

export interface RunOptions {
	dataDir: string;
	/** YYYY-MM-DD; defaults to site.asOf for demo data, else the current date. */
	today?: string;
	cwd?: string;
	rules?: readonly Rule<any>[];
	/** Called now and then on long runs, for progress output. */
	progress?: (done: number, total: number, stage: string) => void;
}

export interface RunResult {
	findings: Finding[];
	counts: { files: number; orgs: number; accounts: number; rows: number };
	today: string;
}

type Pending = Report & { ruleId: string };

export function runCheck(options: RunOptions): RunResult {
	const rules = options.rules ?? RULES;
	const cwd = options.cwd ?? process.cwd();
	const entries = walkTree(options.dataDir, cwd);
	const pending: Pending[] = [];
	let today = options.today ?? '';
	let settings = new Map<string, RuleSettings>();
	let active: Rule<any>[] = [];
	const contexts = new Map<string, RuleContext>();
	// Text rules (secrets, canonical form) see each file's text once, as it is read. The
	// configuration files are read before the rules are configured: their texts wait until then.
	let early: TextFile[] | undefined = [];
	const checkText = (textFile: TextFile) => {
		for (const rule of active) rule.checkText?.(contexts.get(rule.meta.id)!, textFile);
	};
	const text = (file: string, body: string, csv?: TextFile['csv']) => {
		const textFile: TextFile = { file, text: body, ...(csv ? { csv } : {}) };
		if (early) early.push(textFile);
		else checkText(textFile);
	};
	const configured = (dataset: Dataset) => {
		today ||= dataset.site?.value.asOf ?? new Date().toISOString().slice(0, 10);
		settings = resolveRuleSettings(rules, dataset, pending);
		active = rules.filter((rule) => settings.get(rule.meta.id)?.severity !== 'off');
		for (const rule of rules) contexts.set(rule.meta.id, makeContext(rule, dataset, today, settings, pending));
		const waiting = early!;
		early = undefined;
		for (const textFile of waiting) checkText(textFile);
	};
	const hooks = { finding: (f: LoaderFinding) => pending.push(f), text, configured };
	const dataset = loadDataset(options.dataDir, entries, hooks, cwd);
	for (const rule of active) rule.checkDataset?.(contexts.get(rule.meta.id)!);

	const periods = groupPeriods(entries);
	let rows = 0;
	let done = 0;
	for (const group of periods) {
		const period = loadPeriod(group, dataset, hooks, pending);
		if (period) {
			rows += (period.stats?.rows.length ?? 0) + (period.plans?.rows.length ?? 0) + (period.replies?.rows.length ?? 0);
			for (const rule of active) rule.checkPeriod?.(contexts.get(rule.meta.id)!, period);
		}
		if (++done % 2000 === 0) options.progress?.(done, periods.length, 'periods');
	}
	return {
		findings: finalise(pending, rules, settings, dataset, cwd),
		counts: { files: entries.length, orgs: dataset.orgs.size, accounts: dataset.accounts.size, rows },
		today,
	};
}

function makeContext(rule: Rule<any>, dataset: Dataset, today: string, settings: Map<string, RuleSettings>, pending: Pending[]): RuleContext {
	return {
		dataset,
		today,
		options: settings.get(rule.meta.id)?.options ?? {},
		report: (report) => pending.push({ ...report, ruleId: rule.meta.id }),
	};
}

interface PeriodGroup {
	org: string;
	year: number;
	quarter: number;
	files: Extract<TreeEntry, { kind: 'series' }>[];
}

function groupPeriods(entries: readonly TreeEntry[]): PeriodGroup[] {
	const groups = new Map<string, PeriodGroup>();
	for (const entry of entries) {
		if (entry.kind !== 'series') continue;
		const key = `${entry.org}/${entry.year}/${entry.quarter}`;
		const group = groups.get(key) ?? { org: entry.org, year: entry.year, quarter: entry.quarter, files: [] };
		group.files.push(entry);
		groups.set(key, group);
	}
	return [...groups.values()];
}

function loadPeriod(group: PeriodGroup, dataset: Dataset, hooks: { finding: (f: LoaderFinding) => void; text: (file: string, text: string, csv?: TextFile['csv']) => void }, pending: Pending[]): Period | undefined {
	const org = dataset.orgs.get(group.org);
	if (!org && !dataset.rejected.orgs.has(group.org)) {
		for (const file of group.files) pending.push({ ruleId: 'references-resolve', file: file.file, line: 1, column: 1, messageId: 'seriesOrg', data: { org: group.org } });
		return undefined;
	}
	// An organisation whose card is invalid: its tables are still read for their own problems
	// (one pass shows a clerk everything), but no policy rule runs without the card.
	const period: Period = { org: org!, year: group.year, quarter: group.quarter };
	const resolveCell = (cell: string) => resolveAccountCell(dataset, cell);
	for (const entry of group.files) {
		period[entry.series] = loadSeries<any>(entry.file, entry.abs, entry.series, { finding: hooks.finding, csvText: hooks.text }, resolveCell);
	}
	return org ? period : undefined;
}

function finalise(pending: Pending[], rules: readonly Rule<any>[], settings: Map<string, RuleSettings>, dataset: Dataset, cwd: string): Finding[] {
	const metas = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));
	const locators = new Map<string, YamlLocator | null>();
	const findings: Finding[] = [];
	for (const report of pending) {
		const meta = metas.get(report.ruleId);
		if (!meta) throw new Error(`internal: finding for unregistered rule ${report.ruleId}`);
		const configured = settings.get(report.ruleId)?.severity;
		if (configured === 'off') continue;
		const level = report.level ?? meta.defaultLevel;
		const severity = configured ?? (level === 'required' ? 'error' : 'warn');
		const template = meta.messages[report.messageId];
		if (template === undefined) throw new Error(`internal: rule ${report.ruleId} has no message ${report.messageId}`);
		const policy = report.citation ? dataset.policies.get(report.citation.policy)?.value : undefined;
		const citation = report.citation && policy ? { ...report.citation, text: cite(policy, report.citation.clause) } : undefined;
		const data = { ...report.data, ...(citation ? { clause: citation.text } : {}) };
		let { line, column } = report;
		if (line === undefined && report.path && /\.ya?ml$/.test(report.file)) {
			({ line, column } = locate(locators, report.file, report.path, report.atKey === true, cwd));
		}
		findings.push({
			ruleId: report.ruleId,
			severity,
			file: report.file,
			...(line !== undefined ? { line } : {}),
			...(column !== undefined ? { column } : {}),
			...(report.header !== undefined ? { header: report.header } : {}),
			messageId: report.messageId,
			data,
			message: renderTemplate(template, data),
			...(citation ? { citation } : {}),
			...(meta.confidential ? { confidential: true } : {}),
		});
	}
	return findings.sort(compareFindings);
}

function locate(locators: Map<string, YamlLocator | null>, file: string, path: readonly (string | number)[], atKey: boolean, cwd: string): { line?: number; column?: number } {
	let locator = locators.get(file);
	if (locator === undefined) {
		try {
			locator = new YamlLocator(readFileSync(resolve(cwd, file), 'utf8'));
		} catch {
			locator = null;
		}
		locators.set(file, locator);
	}
	if (!locator) return {};
	return atKey && path.length ? locator.locateKey(path.slice(0, -1), String(path[path.length - 1])) : locator.locate(path);
}

export function compareFindings(a: Finding, b: Finding): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
