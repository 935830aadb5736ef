/**
 * Severity and options per rule from data/compliance.yaml: thresholds are
 * options, severity is configuration, neither lives inside the rule.
 */
import type { Dataset } from '../loaders/dataset-types.ts';
import type { Rule } from './rule.ts';
import type { Report } from './types.ts';
import type { Severity } from '../schemas/compliance-config.ts';
import { dataFile } from '../loaders/tree.ts';
import { friendlyIssues } from '../loaders/zod-issues.ts';

export interface RuleSettings {
	severity?: Severity;
	options: Record<string, unknown>;
}

export function resolveRuleSettings(
	rules: readonly Rule<any>[],
	dataset: Dataset,
	pending: (Report & { ruleId: string })[],
	configFile = dataFile(dataset.displayDir, 'compliance.yaml'),
): Map<string, RuleSettings> {
	const known = new Map(rules.map((rule) => [rule.meta.id, rule]));
	const settings = new Map<string, RuleSettings>();
	for (const id of Object.keys(dataset.compliance.rules)) {
		if (!known.has(id))
			pending.push({ ruleId: 'schema-valid', file: configFile, path: ['rules', id], messageId: 'unknownRule', data: { id } });
	}
	for (const rule of rules) {
		const configured = dataset.compliance.rules[rule.meta.id];
		let options = { ...rule.meta.defaultOptions, ...configured?.options };
		if (rule.meta.optionsSchema) {
			const parsed = rule.meta.optionsSchema.safeParse(options);
			if (parsed.success) options = parsed.data as Record<string, unknown>;
			else {
				for (const issue of friendlyIssues(parsed.error)) {
					pending.push({
						ruleId: 'schema-valid',
						file: configFile,
						path: ['rules', rule.meta.id, 'options', ...issue.path],
						messageId: 'badOptions',
						data: { id: rule.meta.id, detail: issue.message },
					});
				}
				options = { ...rule.meta.defaultOptions };
			}
		}
		settings.set(rule.meta.id, { ...(configured?.severity ? { severity: configured.severity } : {}), options });
	}
	return settings;
}
