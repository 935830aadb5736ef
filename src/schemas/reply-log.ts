/**
 * Reply log (Lyambir act, разд. 3): when each stage of answering a citizen's message happened.
 * No personal data: no author, no text. File: data/orgs/<org>/replies/<yyyy>-q<n>.csv.
 */
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { TextCell, type ColumnSpec } from './csv-cells.ts';

/**
 * The stages in the order they happen: each one, when recorded, is at or after every earlier one
 * (a reply cannot be published before the message was seen). A rework round is `returned` then
 * `resubmitted`, both between the draft and its approval.
 */
export const REPLY_STAGES = ['received', 'routed', 'draft_ready', 'returned', 'resubmitted', 'approved', 'published'] as const;
export type ReplyStage = (typeof REPLY_STAGES)[number];

/** The first stage recorded before an earlier one, and that earlier stage (the latest of them); undefined when in order. */
export function stageOutOfOrder(row: Partial<Record<ReplyStage, string>>): { stage: ReplyStage; before: ReplyStage } | undefined {
	let latest: ReplyStage | undefined;
	let latestAt = Number.NEGATIVE_INFINITY;
	for (const stage of REPLY_STAGES) {
		const value = row[stage];
		if (value === undefined) continue;
		const at = Date.parse(value);
		if (at < latestAt) return { stage, before: latest! };
		latest = stage;
		latestAt = at;
	}
	return undefined;
}

const ReplyLogRowObject = z
	.object({
		message_id: TextCell.describe('Номер сообщения в журнале'),
		account: IdSchema.describe('Аккаунт, в котором выявлено сообщение'),
		received: TimestampSchema.describe('Сообщение выявлено'),
		routed: TimestampSchema.optional().describe('Направлено исполнителю'),
		draft_ready: TimestampSchema.optional().describe('Проект комментария направлен на согласование'),
		returned: TimestampSchema.optional().describe('Возвращён на доработку'),
		resubmitted: TimestampSchema.optional().describe('Доработанный проект направлен повторно'),
		approved: TimestampSchema.optional().describe('Согласован'),
		published: TimestampSchema.optional().describe('Комментарий размещён'),
	})
	.strict();

export const ReplyLogRowSchema = ReplyLogRowObject.superRefine((row, ctx) => {
	const wrong = stageOutOfOrder(row);
	if (!wrong) return;
	const title = (stage: ReplyStage) => ReplyLogRowObject.shape[stage].description ?? stage;
	ctx.addIssue({
		code: 'custom',
		path: [wrong.stage],
		message: `«${title(wrong.stage)}» (${row[wrong.stage]}) раньше, чем «${title(wrong.before)}» (${row[wrong.before]}): каждый этап не раньше предыдущего — проверьте дату и время по журналу`,
	});
});

export type ReplyLogRow = z.infer<typeof ReplyLogRowSchema>;

export const REPLY_LOG_COLUMNS: Record<keyof ReplyLogRow, ColumnSpec> = {
	message_id: { aliases: ['Номер', '№', 'Номер сообщения'], kind: 'text' },
	account: { aliases: ['Аккаунт', 'Страница', 'Ссылка'], kind: 'id-or-link' },
	received: { aliases: ['Выявлено', 'Поступило'], kind: 'timestamp' },
	routed: { aliases: ['Направлено исполнителю', 'Направлено'], kind: 'timestamp' },
	draft_ready: { aliases: ['Проект готов', 'Проект направлен'], kind: 'timestamp' },
	returned: { aliases: ['Возвращено на доработку', 'На доработку'], kind: 'timestamp' },
	resubmitted: { aliases: ['Направлено повторно', 'Доработано'], kind: 'timestamp' },
	approved: { aliases: ['Согласовано'], kind: 'timestamp' },
	published: { aliases: ['Размещено', 'Опубликовано'], kind: 'timestamp' },
};
