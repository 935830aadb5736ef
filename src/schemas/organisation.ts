/** A body or organisation that keeps official pages. File: data/orgs/<id>/org.yaml. */
import { z } from 'zod';
import { ClauseIdSchema, EmailSchema, GeoSchema, HttpsUrlSchema, IdSchema, IsoDateSchema, OrgKindSchema, PhoneSchema } from './common.ts';
import { blockText, lineText } from './plain-text.ts';
import { isValidInn, isValidOgrn } from './russian-ids.ts';

export const ExemptionSchema = z
	.object({
		policy: IdSchema.describe('Акт, который освобождает, например «khasyn-undated»'),
		clause: ClauseIdSchema.describe('Пункт или приложение акта — основание освобождения'),
		note: blockText().optional().describe('Пояснение, например «включено в перечень приложения, п. 1»'),
		until: IsoDateSchema.optional().describe('До какой даты действует освобождение'),
	})
	.strict();

export const OrganisationSchema = z
	.object({
		id: IdSchema.describe('Постоянный идентификатор; совпадает с именем папки'),
		name: lineText(3).describe('Полное наименование'),
		shortName: lineText(2).describe('Краткое наименование'),
		kind: OrgKindSchema.describe('Вид организации'),
		parent: IdSchema.nullable().default(null).describe('Вышестоящая организация (идентификатор) или null'),
		tier: IdSchema.optional().describe('Категория страниц по акту (можно переопределить у аккаунта)'),
		inn: z
			.string()
			.refine(isValidInn, { error: 'ИНН: ожидалось 10 цифр с верной контрольной цифрой' })
			.describe("ИНН организации: 10 цифр, в кавычках, например '7701234560'"),
		ogrn: z
			.string()
			.refine(isValidOgrn, { error: 'ОГРН: ожидалось 13 цифр с верной контрольной цифрой' })
			.describe('ОГРН организации: 13 цифр, в кавычках'),
		address: lineText(5).describe('Почтовый адрес'),
		geo: GeoSchema.optional().describe('Геолокация'),
		email: EmailSchema.optional().describe('Адрес электронной почты для обращений, например priem@primer-rayon.ru'),
		phones: z.array(PhoneSchema).default([]).describe('Телефоны справочных служб'),
		website: HttpsUrlSchema.optional().describe('Официальный сайт'),
		policies: z.array(IdSchema).optional().describe('Акты, которым подчиняется организация; по умолчанию — акты из data/site.yaml'),
		exemption: ExemptionSchema.optional().describe('Освобождение от обязанности вести страницы'),
	})
	.strict();

export type Organisation = z.infer<typeof OrganisationSchema>;
