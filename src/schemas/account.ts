/**
 * One official page in one network. File: data/orgs/<org>/accounts/<id>.yaml.
 * Only public facts live here; staff contacts and security attestations go to data/internal/ so no
 * build can publish them.
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, NetworkSchema } from './common.ts';
import { blockText, lineText } from './plain-text.ts';

const PLAIN_HTTP = /^\s*http:\/\//i;

/** The same link over https: what is published whatever the record says (the acts' pages are https). */
export function httpsForm(link: string): string {
	return link.replace(PLAIN_HTTP, 'https://');
}

/**
 * An address of the page. Plain http:// is refused: every network's pages are served over https,
 * and a registry that vouches for an http:// link teaches citizens to trust one.
 */
const PageLinkSchema = z
	.string()
	.min(1)
	.refine((link) => !PLAIN_HTTP.test(link), {
		error: (issue) =>
			`ссылка «${String(issue.input).slice(0, 120)}» начинается с http://, а страницы сетей открываются только по https: напишите «${httpsForm(String(issue.input)).trim().slice(0, 120)}»`,
	});

export const AccountStatusSchema = z.enum(['planned', 'active', 'suspended', 'closed']);

/** The profile checklist (what the page shows). Each element an act may require, see policy.profile. */
export const ProfileChecklistSchema = z
	.object({
		'official-status': z.boolean().optional().describe('На странице указано, что она официальная'),
		description: z.boolean().optional().describe('Есть текстовое описание (принадлежность органу)'),
		design: z.boolean().optional().describe('Есть дизайнерское оформление (аватар, обложка)'),
		address: z.boolean().optional().describe('Указан адрес'),
		geolocation: z.boolean().optional().describe('Указана геолокация'),
		email: z.boolean().optional().describe('Указан адрес электронной почты'),
		phones: z.boolean().optional().describe('Указаны телефоны справочных служб'),
		website: z.boolean().optional().describe('Указан официальный сайт'),
	})
	.strict();

export const AccountSchema = z
	.object({
		id: IdSchema.describe('Постоянный идентификатор; совпадает с именем файла'),
		org: IdSchema.describe('Организация-владелец (идентификатор)'),
		network: NetworkSchema.describe('Социальная сеть'),
		url: PageLinkSchema.describe('Официальная ссылка, например https://vk.com/primer_admin'),
		aliases: z
			.array(PageLinkSchema)
			.default([])
			.describe('Другие формы адреса той же страницы: числовой id и короткое имя, например https://vk.com/club123456'),
		name: lineText().describe('Название страницы, как оно показано в сети'),
		kind: z
			.enum(['organisation', 'head'])
			.default('organisation')
			.describe('Вид страницы: organisation — страница органа; head — страница руководителя'),
		tier: IdSchema.optional().describe('Категория страницы по акту, если отличается от категории организации'),
		status: AccountStatusSchema.describe('Статус: planned — планируется; active — ведётся; suspended — приостановлена; closed — закрыта'),
		opened: IsoDateSchema.optional().describe('Дата создания страницы'),
		registered: IsoDateSchema.optional().describe('Дата внесения в реестр'),
		closed: z
			.object({
				date: IsoDateSchema.describe('Дата закрытия'),
				reason: blockText(3).describe('Причина, например «сеть заблокирована в России 21.03.2022»'),
				successor: IdSchema.optional().describe(
					'Страница, которая продолжает закрытую (идентификатор записи), например после присоединения организации',
				),
			})
			.strict()
			.optional()
			.describe('Закрытие страницы: обязательно, если статус closed'),
		profile: ProfileChecklistSchema.default({}).describe('Что есть на странице'),
		gospabliki: IsoDateSchema.nullable().optional().describe('Дата подключения к «Госпабликам»; null — не подключена'),
		linksToStatement: z.boolean().default(false).describe('Страница ссылается на своё заявление в реестре'),
		reviewed: IsoDateSchema.optional().describe('Дата последней проверки записи'),
		responsible: z
			.object({
				position: lineText(3).describe('Должность ответственного'),
				name: lineText(3).optional().describe('ФИО — только если publishName: true'),
				publishName: z.boolean().default(false).describe('Согласие опубликовать ФИО'),
			})
			.strict()
			.refine((r) => r.name === undefined || r.publishName, {
				error: 'ФИО публикуется только с согласия: поставьте publishName: true или перенесите ФИО в data/internal/',
				path: ['name'],
			})
			.optional()
			.describe('Ответственный за страницу (публикуется на сайте)'),
	})
	.strict()
	.superRefine((account, ctx) => {
		if (account.status === 'closed' && !account.closed) {
			ctx.addIssue({
				code: 'custom',
				path: ['closed'],
				message: 'у закрытой страницы нужны дата и причина закрытия (closed.date, closed.reason)',
			});
		}
		if (account.status !== 'closed' && account.closed) {
			ctx.addIssue({ code: 'custom', path: ['status'], message: 'указана дата закрытия, но статус не «closed»' });
		}
		if (account.opened && account.closed && account.closed.date < account.opened) {
			ctx.addIssue({ code: 'custom', path: ['closed', 'date'], message: 'дата закрытия раньше даты создания' });
		}
	});

export type Account = z.infer<typeof AccountSchema>;
export type AccountStatus = z.infer<typeof AccountStatusSchema>;
