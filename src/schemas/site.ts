/** Who runs this portal instance and which policies are in force. File: data/site.yaml. */
import { z } from 'zod';
import { EmailSchema, HttpsUrlSchema, IdSchema, PhoneSchema } from './common.ts';
import { lineText } from './plain-text.ts';

export const SiteSchema = z
	.object({
		name: lineText().describe('Название портала, например «Реестр официальных страниц Примерного района»'),
		operator: z
			.object({
				name: lineText().describe('Кто ведёт портал, например «Администрация Примерного муниципального района»'),
				website: HttpsUrlSchema.describe('Официальный сайт оператора'),
				email: EmailSchema.optional().describe('Электронная почта оператора для обращений'),
				phone: PhoneSchema.optional().describe('Телефон оператора, например +7 (49999) 2-10-01'),
				address: lineText().optional().describe('Почтовый адрес оператора'),
			})
			.strict()
			.describe('Оператор портала: показывается в подвале каждой страницы'),
		baseUrl: HttpsUrlSchema.describe('Адрес, по которому опубликован портал, например https://reestr.primer-rayon.ru'),
		policies: z.array(IdSchema).min(1).describe('Акты, действующие по умолчанию для всех организаций'),
		signingKey: z
			.string()
			.regex(/^ssh-ed25519 [A-Za-z0-9+/]+={0,2}(?: [^\n]*)?$/, {
				error: 'ожидался открытый ключ Ed25519 в формате OpenSSH: «ssh-ed25519 AAAA… комментарий» (ssh-keygen -t ed25519)',
			})
			.optional()
			.describe(
				'Открытый ключ администрации (OpenSSH, Ed25519), которым подписан манифест открытых данных; закрытый ключ в репозиторий не кладут (docs/signing.md)',
			),
		demo: z.boolean().default(false).describe('true — данные вымышлены, сайт показывает об этом предупреждение'),
		asOf: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/)
			.optional()
			.describe('Дата, на которую составлены демонстрационные данные: проверка считает сроки от неё, а не от сегодняшнего дня'),
	})
	.strict()
	.refine((site) => site.asOf === undefined || site.demo, {
		error: 'asOf допускается только для демонстрационных данных (demo: true): реальные данные проверяются на сегодняшний день',
		path: ['asOf'],
	});

export type Site = z.infer<typeof SiteSchema>;
