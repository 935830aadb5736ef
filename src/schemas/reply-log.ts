/**
 * Reply log (Lyambir act, разд. 3): when each stage of answering a citizen's message happened.
 * No personal data: no author, no text. File: data/orgs/<org>/replies/<yyyy>-q<n>.csv.
 */
import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.ts';
import { TextCell, type ColumnSpec } from './csv-cells.ts';

export const ReplyLogRowSchema = z
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
