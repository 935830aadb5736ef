/**
 * Each stage of answering a message in an official page meets its deadline (Lyambir разд. 3:
 * routing 2 h, draft 8 h, approval 1 h, rework 1 h, publication 1 h). Stages are data in the
 * policy (replyDeadlines); the policy in force on the day the message was received applies.
 */
import { applicablePolicies } from '../engine/policy-view.ts';
import { defineRule } from '../engine/rule.ts';

const HOUR = 3_600_000;

function hours(ms: number): string {
	const h = ms / HOUR;
	return h < 10 ? h.toFixed(1).replace('.', ',') : String(Math.round(h));
}

function earliest<K extends string>(row: Partial<Record<K, string>>, keys: readonly K[]): K | undefined {
	let best: K | undefined;
	for (const key of keys) {
		const at = row[key];
		if (at !== undefined && (best === undefined || Date.parse(at) < Date.parse(row[best]!))) best = key;
	}
	return best;
}

export default defineRule({
	meta: {
		id: 'reply-deadlines',
		title: 'Сроки ответа на сообщения соблюдены',
		description:
			'По журналу ответов каждый этап подготовки комментария (направление исполнителю, проект, согласование, доработка, размещение) уложился в срок акта.',
		enforces: { kind: 'policy', requirement: 'replyDeadlines' },
		defaultLevel: 'required',
		messages: {
			late: 'Сообщение {{message}}: этап «{{stage}}» занял {{took}} ч при сроке {{limit}} ч ({{clause}}).',
		},
	},
	checkPeriod(ctx, period) {
		const table = period.replies;
		if (!table) return;
		for (const row of table.rows) {
			const value = row.value;
			const policies = applicablePolicies(ctx.dataset, period.org.value, value.received.slice(0, 10));
			for (const policy of policies) {
				for (const deadline of policy.replyDeadlines) {
					const start = value[deadline.from];
					// The stage ends with the first of its end events to happen (a draft is either
					// approved or returned), not the first one listed.
					const endKey = earliest(value, deadline.to);
					if (start === undefined || endKey === undefined) continue;
					const took = Date.parse(value[endKey]!) - Date.parse(start);
					const at = { file: table.file, line: row.line, column: row.columns[endKey] ?? 1, header: endKey };
					// A stage recorded before the one it follows never reaches a rule: the reply-log
					// schema refuses the row (src/schemas/reply-log.ts, stageOutOfOrder).
					if (took > deadline.hours * HOUR) {
						ctx.report({
							...at,
							messageId: 'late',
							level: deadline.level,
							citation: { policy: policy.id, clause: deadline.clause },
							data: { message: value.message_id, stage: deadline.title, took: hours(took), limit: deadline.hours },
						});
					}
				}
			}
		}
	},
});
