/**
 * Building blocks shared by the entity schemas. Imports only zod (style-models §1).
 * Every field carries a Russian description: the field reference page and the editor's
 * JSON Schema are generated from these descriptions (issue 4), so they are written for staff.
 */
import { z } from 'zod';
import { ID_MAX, ID_PATTERN, ISO_DATE_PATTERN, isRealDate, isRealMoment, TIMESTAMP_PATTERN } from './cell-checks.ts';

/** Stable identifier: lowercase Latin letters, digits and hyphens, e.g. `primer-admin-vk`. */
export const IdSchema = z
	.string()
	.regex(ID_PATTERN, {
		error: 'ожидался идентификатор из строчных латинских букв, цифр и дефисов, например «primer-admin»',
	})
	.max(ID_MAX);

/** Calendar date in ISO form `YYYY-MM-DD`, e.g. `2022-12-01`. Kept as a string: no time zone games. */
export const IsoDateSchema = z
	.string({ error: 'ожидалась дата вида ГГГГ-ММ-ДД, например 2022-12-01' })
	.regex(ISO_DATE_PATTERN, { error: 'ожидалась дата вида ГГГГ-ММ-ДД, например 2022-12-01' })
	.refine(isRealDate, { error: 'такой даты нет в календаре' });

/** Moment with an explicit UTC offset, e.g. `2026-07-03T10:15:00+03:00` (reply log). */
export const TimestampSchema = z
	.string()
	.regex(TIMESTAMP_PATTERN, {
		error: 'ожидались дата и время с часовым поясом, например 2026-07-03T10:15+03:00',
	})
	.refine(isRealMoment, { error: 'такого момента времени нет' });

/** Web address that must use https, e.g. `https://primer-rayon.ru`. */
export const HttpsUrlSchema = z
	.string()
	.refine(
		(value) => {
			try {
				return new URL(value).protocol === 'https:';
			} catch {
				return false;
			}
		},
		{ error: 'ожидался адрес, начинающийся с https://' },
	);

export const EmailSchema = z.email({ error: 'ожидался адрес электронной почты, например priem@primer-rayon.ru' });

/** Phone in international form, e.g. `+7 (49999) 1-23-45`. Only digits, spaces, brackets, hyphens. */
export const PhoneSchema = z
	.string()
	.regex(/^\+7[\d ()-]{10,20}$/, { error: 'ожидался телефон вида +7 (49999) 1-23-45' })
	.refine((value) => value.replace(/\D/g, '').length === 11, { error: 'в номере должно быть 11 цифр, считая 7' });

export const GeoSchema = z
	.object({
		lat: z.number().min(-90).max(90).describe('Широта, например 55.7558'),
		lon: z.number().min(-180).max(180).describe('Долгота, например 37.6173'),
	})
	.strict();

/**
 * How binding a requirement is, taken from the act's own wording:
 * `required` for «необходимо», «должны», «обязаны», «в обязательном порядке»;
 * `recommended` for «рекомендуется». Required findings are errors, recommended ones warnings.
 */
export const LevelSchema = z.enum(['required', 'recommended']);

/** Clause id inside one act, used as the page anchor on the act's page, e.g. `p-6`, `s2-p2`. */
export const ClauseIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'ожидался идентификатор пункта, например «p-6» или «s2-p2»',
});

/** Every requirement in a policy cites its clause and carries its level. */
export const RequirementBase = {
	clause: ClauseIdSchema.describe('Пункт акта, который устанавливает требование, например «p-6»'),
	level: LevelSchema.describe('required — «необходимо», «должны»; recommended — «рекомендуется»'),
};

/** Social networks the registry knows. Order is the display order. */
export const NetworkSchema = z.enum(['vk', 'ok', 'tg', 'max', 'dzen', 'rutube', 'youtube', 'fb', 'ig', 'x']);

/** Kinds of organisation the acts distinguish (scope of a policy, tiers). */
export const OrgKindSchema = z.enum([
	'regional-government',
	'executive-body',
	'local-administration',
	'local-government-body',
	'subordinate',
]);

/** Elements of an account page that an act may require. */
export const ProfileElementSchema = z.enum([
	'official-status',
	'description',
	'design',
	'address',
	'geolocation',
	'email',
	'phones',
	'website',
]);

export type Level = z.infer<typeof LevelSchema>;
export type Network = z.infer<typeof NetworkSchema>;
export type OrgKind = z.infer<typeof OrgKindSchema>;
export type ProfileElement = z.infer<typeof ProfileElementSchema>;
