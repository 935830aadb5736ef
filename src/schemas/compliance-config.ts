/**
 * Severity and options per rule: data/compliance.yaml. A site may switch a rule
 * off, make a recommended quota an error, or tune a threshold, without touching rule code.
 */
import { z } from 'zod';

export const SeveritySchema = z.enum(['off', 'warn', 'error']);

export const RuleConfigSchema = z
	.object({
		severity: SeveritySchema.optional().describe('off — не проверять; warn — предупреждение; error — ошибка'),
		options: z.record(z.string(), z.unknown()).optional().describe('Параметры правила'),
	})
	.strict();

export const ComplianceConfigSchema = z
	.object({
		rules: z
			.record(z.string().regex(/^[a-z0-9-]+$/), RuleConfigSchema)
			.default({})
			.describe('Настройки правил по идентификатору правила, например weekly-minimum: { severity: error }'),
	})
	.strict();

export type Severity = z.infer<typeof SeveritySchema>;
export type ComplianceConfig = z.infer<typeof ComplianceConfigSchema>;
