/**
 * Content plan («контент-план», Altai п. 2, Ivanteevka п. 2, Khasyn разд. I). File:
 * data/orgs/<org>/plans/<yyyy>-q<n>.csv, one row per planned publication.
 *
 * A publication belongs to the quarter of its week's Monday, as a statistics week does
 * (weekly-stats.ts): the week of Monday 28.09 is planned in full in the Q3 file, its days in October
 * included, and the Q4 file starts with the first week whose Monday is in October. The acts compare
 * plans with publications week by week, so a week must not be split between two files.
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, NetworkSchema } from './common.ts';
import { FORMAT_RU, FormatSchema, TextCell, type ColumnSpec } from './csv-cells.ts';

export const PlanStatusSchema = z.enum(['planned', 'published', 'cancelled']);

export const ContentPlanRowSchema = z
	.object({
		date: IsoDateSchema.describe('Дата публикации'),
		account: IdSchema.optional().describe('Аккаунт (идентификатор) — или укажите сеть'),
		network: NetworkSchema.optional().describe('Сеть, если публикация во всех аккаунтах организации в этой сети'),
		topic: TextCell.describe('Тема или информационный повод'),
		format: FormatSchema.describe('Формат публикации'),
		status: PlanStatusSchema.default('planned').describe('planned — запланирована; published — вышла; cancelled — отменена'),
	})
	.strict()
	.refine((row) => row.account !== undefined || row.network !== undefined, {
		error: 'укажите аккаунт или сеть',
		path: ['account'],
	});

export type ContentPlanRow = z.infer<typeof ContentPlanRowSchema>;

export const CONTENT_PLAN_COLUMNS: Record<keyof ContentPlanRow, ColumnSpec> = {
	date: { aliases: ['Дата'], kind: 'date' },
	account: { aliases: ['Аккаунт', 'Страница', 'Ссылка'], kind: 'id-or-link' },
	network: {
		aliases: ['Сеть', 'Соцсеть'],
		kind: 'enum',
		values: {
			вконтакте: 'vk',
			вк: 'vk',
			одноклассники: 'ok',
			ок: 'ok',
			телеграм: 'tg',
			telegram: 'tg',
			макс: 'max',
			дзен: 'dzen',
			рутуб: 'rutube',
		},
	},
	topic: { aliases: ['Тема', 'Информационный повод', 'Тема публикации'], kind: 'text' },
	format: { aliases: ['Формат'], kind: 'enum', values: FORMAT_RU },
	status: {
		aliases: ['Статус'],
		kind: 'enum',
		values: {
			запланирована: 'planned',
			запланировано: 'planned',
			опубликована: 'published',
			опубликовано: 'published',
			вышла: 'published',
			отменена: 'cancelled',
			отменено: 'cancelled',
		},
	},
};
