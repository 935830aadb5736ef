/**
 * Weekly activity statistics. File: data/orgs/<org>/stats/<yyyy>-q<n>.csv, one row per
 * account per ISO week; a week belongs to the quarter its Monday falls in.
 */
import { z } from 'zod';
import { isMonday, isRealDate, notMondayMessage } from './cell-checks.ts';
import { IdSchema, IsoDateSchema } from './common.ts';
import { CountCell, perFormat, type ColumnSpec, type Format } from './csv-cells.ts';

const formatColumns = perFormat(() => CountCell.optional());

export const WeeklyStatsRowSchema = z
	.object({
		account: IdSchema.describe('Аккаунт (идентификатор из реестра)'),
		// A date not in the calendar has its own message already; it has no week to name.
		week_start: IsoDateSchema.refine((iso) => !isRealDate(iso) || isMonday(iso), {
			error: (issue) => notMondayMessage(String(issue.input)),
		}).describe('Понедельник недели, ГГГГ-ММ-ДД'),
		posts: CountCell.describe('Публикаций за неделю'),
		...formatColumns,
		views: CountCell.optional().describe('Просмотров'),
		subscribers: CountCell.optional().describe('Подписчиков на конец недели'),
		comments: CountCell.optional().describe('Комментариев получено'),
		comments_removed: CountCell.optional().describe('Комментариев удалено'),
		users_blocked: CountCell.optional().describe('Пользователей заблокировано'),
	})
	.strict();

export type WeeklyStatsRow = z.infer<typeof WeeklyStatsRowSchema>;

export const FORMAT_HEADERS_RU: Record<Format, string> = {
	text: 'Тексты',
	photo: 'Фото',
	video: 'Видео',
	infographic: 'Инфографика',
	card: 'Карточки',
	animation: 'Анимация',
	live: 'Прямые эфиры',
	poll: 'Опросы',
	contest: 'Конкурсы',
};

export const WEEKLY_STATS_COLUMNS: Record<keyof WeeklyStatsRow, ColumnSpec> = {
	account: { aliases: ['Аккаунт', 'Страница', 'Ссылка'], kind: 'id-or-link' },
	week_start: { aliases: ['Неделя с', 'Начало недели', 'Неделя'], kind: 'date' },
	posts: { aliases: ['Публикаций', 'Публикации', 'Постов'], kind: 'count' },
	...perFormat((f): ColumnSpec => ({ aliases: [FORMAT_HEADERS_RU[f]], kind: 'count' })),
	views: { aliases: ['Просмотров', 'Просмотры'], kind: 'count' },
	subscribers: { aliases: ['Подписчиков', 'Подписчики'], kind: 'count' },
	comments: { aliases: ['Комментариев', 'Комментарии'], kind: 'count' },
	comments_removed: { aliases: ['Удалено комментариев', 'Комментариев удалено'], kind: 'count' },
	users_blocked: { aliases: ['Заблокировано', 'Заблокировано пользователей'], kind: 'count' },
};
