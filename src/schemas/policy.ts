/**
 * A policy is one legal act encoded as data: what it requires, each requirement citing its clause
 * and carrying the level the act's wording gives it. Five built-in presets
 * live in src/policies/presets/, a site may add its own under data/policies/.
 */
import { z } from 'zod';
import {
	ClauseIdSchema,
	HttpsUrlSchema,
	IdSchema,
	IsoDateSchema,
	NetworkSchema,
	OrgKindSchema,
	ProfileElementSchema,
	RequirementBase,
} from './common.ts';
import { blockText, lineText } from './plain-text.ts';

export const ActKindSchema = z.enum(['federal-law', 'government-order', 'government-decree', 'decree', 'order', 'procedure', 'regulation']);

export const ClauseSchema = z
	.object({
		id: ClauseIdSchema.describe('Идентификатор пункта — якорь на странице акта, например «p-6»'),
		label: lineText().describe('Как пункт называется в акте, например «п. 6» или «разд. II, п. 2»'),
		quote: blockText().optional().describe('Дословная цитата — только для строк, которые проверяет правило'),
		summary: blockText().describe('Пересказ пункта своими словами'),
	})
	.strict();

export const TierSchema = z
	.object({
		id: IdSchema.describe('Категория страниц, например «government» или «executive-body»'),
		title: lineText().describe('Название категории, например «Органы исполнительной власти»'),
		minPostsPerWeek: z.number().int().min(1).describe('Не менее стольких публикаций в неделю'),
		appliesTo: z.array(OrgKindSchema).optional().describe('Виды организаций, к которым категория применяется по умолчанию'),
		...RequirementBase,
	})
	.strict();

export const NetworkRuleSchema = z
	.object({
		network: NetworkSchema.describe('Социальная сеть'),
		status: z.enum(['required', 'allowed', 'banned']).describe('required — страница обязательна; banned — сеть запрещена'),
		from: IsoDateSchema.optional().describe('С какой даты действует'),
		to: IsoDateSchema.optional().describe('По какую дату действует'),
		...RequirementBase,
	})
	.strict();

export const ProfileRequirementSchema = z
	.object({ element: ProfileElementSchema.describe('Что должно быть на странице'), ...RequirementBase })
	.strict();

/** Reply-log events, in the order the Lyambir act describes them (разд. 3). */
export const ReplyEventSchema = z.enum(['received', 'routed', 'draft_ready', 'returned', 'resubmitted', 'approved', 'published']);

export const ReplyDeadlineSchema = z
	.object({
		stage: IdSchema.describe('Этап, например «routing»'),
		title: lineText().describe('Название этапа, например «Передача исполнителю»'),
		from: ReplyEventSchema.describe('Событие, с которого отсчитывается срок'),
		to: z.array(ReplyEventSchema).min(1).describe('Этап завершается первым из этих событий'),
		hours: z.number().positive().describe('Срок в часах'),
		...RequirementBase,
	})
	.strict();

const DutySchema = z.object(RequirementBase).strict();

export const SecuritySchema = z
	.object({
		twoFactor: DutySchema.optional().describe('Обязательная двухфакторная аутентификация'),
		passwordAccounting: DutySchema.optional().describe('Учёт логинов и паролей — в менеджере паролей, не в репозитории'),
		passwordRotationDays: z
			.object({ days: z.number().int().positive().describe('Не реже чем раз в столько дней'), ...RequirementBase })
			.strict()
			.optional()
			.describe('Регулярная смена паролей'),
		protection: DutySchema.optional().describe('Общая обязанность обеспечить защищённость аккаунтов'),
	})
	.strict();

export const ModerationSchema = z
	.object({
		removes: z.array(blockText()).min(1).describe('Что удаляется'),
		blocking: blockText().optional().describe('Когда пользователя можно заблокировать'),
		notAppeals: z.boolean().default(false).describe('Комментарии не являются обращениями по 59-ФЗ'),
		...RequirementBase,
	})
	.strict();

export const PolicySchema = z
	.object({
		id: IdSchema.describe('Идентификатор акта; совпадает с именем файла'),
		title: lineText().describe('Название акта'),
		shortTitle: lineText().describe(
			'Краткое название в родительном падеже, для ссылок и сообщений: «постановления Правительства Алтайского края от 27.03.2020 № 133»; cite() даёт «п. 6 » + shortTitle',
		),
		issuer: lineText().describe('Кто принял акт, например «Администрация Примерного района»'),
		actKind: ActKindSchema.describe('Вид акта'),
		number: lineText().nullable().describe('Номер акта; null, если в тексте не проставлен'),
		date: IsoDateSchema.nullable().describe('Дата акта; null, если в тексте не проставлена'),
		url: HttpsUrlSchema.optional().describe('Ссылка на официальный текст акта'),
		effectiveFrom: IsoDateSchema.describe('Первый день действия'),
		effectiveTo: IsoDateSchema.optional().describe('Последний день действия'),
		supersededBy: lineText().optional().describe('Каким актом заменён'),
		scope: z.array(OrgKindSchema).min(1).describe('На какие виды организаций распространяется'),
		summary: blockText().describe('Краткое содержание акта своими словами'),
		clauses: z.array(ClauseSchema).min(1).describe('Пункты акта, на которые ссылаются требования'),
		tiers: z.array(TierSchema).default([]).describe('Категории страниц и нормы публикаций'),
		/** Weekly minimum «on a regular basis» without a number (Zhatai п. 3.2, Lyambir разд. 2 п. 1). */
		regularPosting: z.object(RequirementBase).strict().optional().describe('Публикации на регулярной основе, без числа в неделю'),
		networks: z.array(NetworkRuleSchema).default([]).describe('Какие сети обязательны, разрешены или запрещены'),
		profile: z.array(ProfileRequirementSchema).default([]).describe('Что должно быть на странице'),
		replyDeadlines: z.array(ReplyDeadlineSchema).default([]).describe('Сроки ответов на комментарии и сообщения'),
		security: SecuritySchema.default({}).describe('Требования к защите аккаунтов'),
		gospabliki: z.object(RequirementBase).strict().optional().describe('Подключение к «Госпабликам»'),
		contentPlan: z.object(RequirementBase).strict().optional().describe('Обязанность вести контент-план'),
		registry: z.object(RequirementBase).strict().optional().describe('Обязанность вести и публиковать реестр'),
		responsible: z.object(RequirementBase).strict().optional().describe('Назначение ответственного'),
		moderation: ModerationSchema.optional().describe('Правила модерации комментариев'),
		exemptions: z
			.object({ description: blockText().describe('Основание и порядок освобождения'), ...RequirementBase })
			.strict()
			.optional()
			.describe('Может ли организация быть освобождена и на каком основании'),
	})
	.strict()
	.superRefine((policy, ctx) => {
		const ids = new Set(policy.clauses.map((clause) => clause.id));
		const cite = (clause: string, path: (string | number)[]) => {
			if (!ids.has(clause)) ctx.addIssue({ code: 'custom', path, message: `пункт «${clause}» не описан в clauses` });
		};
		policy.tiers.forEach((t, i) => cite(t.clause, ['tiers', i, 'clause']));
		policy.networks.forEach((n, i) => cite(n.clause, ['networks', i, 'clause']));
		policy.profile.forEach((p, i) => cite(p.clause, ['profile', i, 'clause']));
		policy.replyDeadlines.forEach((r, i) => cite(r.clause, ['replyDeadlines', i, 'clause']));
		for (const key of ['twoFactor', 'passwordAccounting', 'passwordRotationDays', 'protection'] as const) {
			const duty = policy.security[key];
			if (duty) cite(duty.clause, ['security', key, 'clause']);
		}
		for (const key of ['regularPosting', 'gospabliki', 'contentPlan', 'registry', 'responsible', 'moderation', 'exemptions'] as const) {
			const duty = policy[key];
			if (duty) cite(duty.clause, [key, 'clause']);
		}
	});

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type Clause = z.infer<typeof ClauseSchema>;
export type Tier = z.infer<typeof TierSchema>;
export type NetworkRule = z.infer<typeof NetworkRuleSchema>;
export type ReplyDeadline = z.infer<typeof ReplyDeadlineSchema>;
export type ReplyEvent = z.infer<typeof ReplyEventSchema>;
