/**
 * The check: walk the tree, load and validate, run every rule, then resolve severities, messages,
 * citations and positions. Pure of the terminal: the CLI formats what this returns.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dataFile, isInside, walkData } from '../loaders/tree.ts';
import { YamlLocator } from '../loaders/yaml-locate.ts';
import { cite } from '../policies/cite.ts';
import { RULES } from '../rules/index.ts';
import type { Dataset } from '../loaders/dataset-types.ts';
import { renderTemplate } from './render.ts';
import type { Rule } from './rule.ts';
import { groupPeriods } from '../loaders/periods.ts';
import { CheckSession, checkPeriods, inGroupOrder, MAX_SAME, type Pending } from './session.ts';
import { count } from './reporters/summary.ts';
import type { CheckHooks } from './hooks.ts';
import type { RuleSettings } from './settings.ts';
import type { Finding } from './types.ts';

export interface RunOptions {
	dataDir: string;
	/** YYYY-MM-DD; defaults to site.asOf for demo data, else the current date. */
	today?: string;
	cwd?: string;
	rules?: readonly Rule<any>[];
	/** Called now and then on long runs, for progress output. */
	progress?: (done: number, total: number, stage: string) => void;
	/**
	 * What sees the check as it runs (hooks.ts): the build's hand-off writer (src/handoff/writer.ts)
	 * takes the public data once loaded and each period as it is checked.
	 */
	hooks?: CheckHooks;
	/**
	 * The internal folder (staff contacts, security attestations), when it lives apart from the
	 * public data, e.g. a clone of a private repository; `<data>/internal` by default.
	 */
	internalDir?: string;
}

export interface RunResult {
	findings: Finding[];
	counts: { files: number; orgs: number; accounts: number; rows: number };
	today: string;
	/** The internal folder as findings show it (Dataset.internalDisplayDir). */
	internalDir: string;
}

export function runCheck(options: RunOptions): RunResult {
	const rules = options.rules ?? RULES;
	const cwd = options.cwd ?? process.cwd();
	const entries = walkData(options.dataDir, options.internalDir, cwd);
	const session = new CheckSession(rules, options.dataDir, cwd, options.today, options.internalDir);
	const dataset = session.load(entries);
	options.hooks?.loaded?.(dataset, entries);
	session.checkDataset();
	const groups = groupPeriods(entries);
	checkPeriods(session, groups, options.hooks?.periods?.(dataset, 0), (done, total) => options.progress?.(done, total, 'periods'));
	options.hooks?.finished?.();
	return {
		findings: finalise(inGroupOrder([session]), rules, session.settings, dataset, cwd),
		counts: { files: entries.length, orgs: dataset.orgs.size, accounts: dataset.accounts.size, rows: session.rows },
		today: session.today,
		internalDir: dataset.internalDisplayDir,
	};
}

/**
 * Is a finding internal, to be shown in the terminal only (src/engine/reporters/disclosure.ts)?
 * Decided here, once, for every rule: any finding about a file of the internal folder (it may
 * quote a value, name an account only that file knows, or say where a page's security is weak),
 * and every finding of a rule that declares its findings confidential. A file left in
 * `<data>/internal/` while `--internal` points elsewhere still holds internal data.
 */
function isInternal(file: string, dataset: Dataset): boolean {
	return isInside(dataset.internalDisplayDir, file) || isInside(dataFile(dataset.displayDir, 'internal'), file);
}

export function finalise(
	pending: Pending[],
	rules: readonly Rule<any>[],
	settings: Map<string, RuleSettings>,
	dataset: Dataset,
	cwd: string,
): Finding[] {
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
		const template = report.more ? moreTemplate(severity, report.more.count) : meta.messages[report.messageId];
		if (template === undefined) throw new Error(`internal: rule ${report.ruleId} has no message ${report.messageId}`);
		const policy = report.citation ? dataset.policies.get(report.citation.policy)?.value : undefined;
		const citation = report.citation && policy ? { ...report.citation, text: cite(policy, report.citation.clause) } : undefined;
		const data: Record<string, string | number> = report.more
			? { count: report.more.count, of: report.messageId }
			: { ...report.data, ...(citation ? { clause: citation.text } : {}) };
		let { line, column } = report;
		if (line === undefined && report.path && /\.ya?ml$/.test(report.file)) {
			({ line, column } = locate(locators, report.file, report.path, report.atKey === true, report.char, cwd));
		}
		findings.push({
			ruleId: report.ruleId,
			severity,
			file: report.file,
			...(line !== undefined ? { line } : {}),
			...(column !== undefined ? { column } : {}),
			...(report.header !== undefined ? { header: report.header } : {}),
			messageId: report.more ? 'more' : report.messageId,
			data,
			message: renderTemplate(template, data),
			...(citation ? { citation } : {}),
			...(meta.confidential || isInternal(report.file, dataset) ? { confidential: true } : {}),
		});
	}
	return findings.sort(compareFindings);
}

const MORE_ERRORS = ['такая же ошибка', 'таких же ошибки', 'таких же ошибок'] as const;
const MORE_WARNINGS = ['такое же предупреждение', 'таких же предупреждения', 'таких же предупреждений'] as const;

/** The finding that stands for those past MAX_SAME of one rule and message in a file (session.ts). */
function moreTemplate(severity: Finding['severity'], n: number): string {
	return `… и ещё ${count(n, severity === 'error' ? MORE_ERRORS : MORE_WARNINGS)} в этом файле: показаны первые ${MAX_SAME}, у остальных та же причина.`;
}

function locate(
	locators: Map<string, YamlLocator | null>,
	file: string,
	path: readonly (string | number)[],
	atKey: boolean,
	char: string | undefined,
	cwd: string,
): { line?: number; column?: number } {
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
	if (atKey && path.length) return locator.locateKey(path.slice(0, -1), String(path[path.length - 1]));
	return char === undefined ? locator.locate(path) : locator.locateChar(path, char);
}

export function compareFindings(a: Finding, b: Finding): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	// Ties keep the order the rule reported them in (the sort is stable): every finding of one rule
	// in one file comes from one thread, so a parallel check orders them as a serial one does.
	return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
