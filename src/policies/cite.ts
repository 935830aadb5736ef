/**
 * Russian citation of a policy clause for messages: «п. 6 постановления Правительства Алтайского края
 * от 27.03.2020 № 133».
 *
 * Convention: a policy's `shortTitle` is stored in the genitive case («постановления …», «порядка …»),
 * so the citation is simply `label + ' ' + shortTitle`.
 *
 * Exception — composite policies (federal-baseline) gather clauses from several acts; there each
 * label names its own act with its date («ч. 1.3 ст. 10 Федерального закона от 09.02.2009 № 8-ФЗ»),
 * and such a label is already a complete citation. A label is treated as complete when it contains an
 * act date «от ДД.ММ.ГГГГ»; labels of single-act policies never do.
 */
import type { Policy } from '../schemas/policy.ts';

const NAMES_ITS_ACT = /(?:^|\s)от \d{2}\.\d{2}\.\d{4}(?:\s|$)/;

export function cite(policy: Policy, clauseId: string): string {
	const clause = policy.clauses.find((c) => c.id === clauseId);
	if (!clause) throw new Error(`В политике «${policy.id}» нет пункта «${clauseId}»`);
	return NAMES_ITS_ACT.test(clause.label) ? clause.label : `${clause.label} ${policy.shortTitle}`;
}
