/**
 * Internal data of one organisation. File: data/internal/<org>.yaml.
 * Never loaded by the site: staff contacts and security attestations. Publishing "2FA: no" would
 * tell attackers where to aim. Passwords themselves never belong here (rule `no-secrets`).
 */
import { z } from 'zod';
import { EmailSchema, IdSchema, IsoDateSchema, PhoneSchema } from './common.ts';

export const StaffContactSchema = z
	.object({
		position: z.string().min(3).describe('Должность'),
		name: z.string().min(3).describe('ФИО'),
		email: EmailSchema.optional().describe('Рабочая электронная почта'),
		phone: PhoneSchema.optional().describe('Рабочий телефон, например +7 (49999) 1-23-45'),
		accounts: z.array(IdSchema).default([]).describe('За какие аккаунты отвечает'),
	})
	.strict();

export const SecurityAttestationSchema = z
	.object({
		twoFactor: z.boolean().describe('Двухфакторная аутентификация включена'),
		passwordInManager: z.boolean().optional().describe('Пароль учтён в менеджере паролей организации'),
		passwordRotated: IsoDateSchema.optional().describe('Когда пароль последний раз меняли'),
		attested: IsoDateSchema.describe('Дата проверки'),
		attestedBy: z.string().min(3).describe('Должность проверившего'),
	})
	.strict();

export const InternalSchema = z
	.object({
		org: IdSchema.describe('Организация; совпадает с именем файла'),
		staff: z.array(StaffContactSchema).default([]).describe('Сотрудники, которые ведут страницы (не публикуется)'),
		security: z.record(IdSchema, SecurityAttestationSchema).default({}).describe('Отметки о безопасности по идентификатору аккаунта'),
	})
	.strict();

export type Internal = z.infer<typeof InternalSchema>;
export type SecurityAttestation = z.infer<typeof SecurityAttestationSchema>;
