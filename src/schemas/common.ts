/**
 * Building blocks shared by the entity schemas. Imports only zod.
 * Every field carries a Russian description: the field reference page and the editor's
 * JSON Schema are generated from these descriptions, so they are written for staff.
 */
import { z } from 'zod';
import { ID_MAX, ID_PATTERN, ISO_DATE_PATTERN, isRealDate, isRealMoment, TIMESTAMP_PATTERN } from './cell-checks.ts';
import { refusesUnsafeChars } from './plain-text.ts';

/** Stable identifier: lowercase Latin letters, digits and hyphens, e.g. `primer-admin-vk`. */
export const IdSchema = z
	.string()
	.regex(ID_PATTERN, {
		error: 'ожидался идентификатор из строчных латинских букв, цифр и дефисов, например «primer-admin»',
	})
	.max(ID_MAX);

/** A date as Russian paperwork writes it: ДД.ММ.ГГГГ, Д.М.ГГГГ, ДД/ММ/ГГГГ. */
const RUSSIAN_DATE = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$/;

/** `12.12.2022` as `2022-12-12`, or undefined when `input` is not a date written the Russian way. */
export function isoFromRussianDate(input: unknown): string | undefined {
	const match = typeof input === 'string' ? RUSSIAN_DATE.exec(input) : null;
	if (!match) return undefined;
	const [, d, m, y] = match as unknown as [string, string, string, string];
	return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

const NOT_IN_CALENDAR = 'такой даты нет в календаре: проверьте число и месяц';

/**
 * What to write instead of a value that is not an ISO date. A clerk writes dates the way documents
 * do (12.12.2022): the message gives the same date in the required form, ready to paste.
 */
function isoDateError(issue: { input?: unknown }): string {
	const iso = isoFromRussianDate(issue.input);
	if (iso === undefined) return 'ожидалась дата вида ГГГГ-ММ-ДД, например 2022-12-01';
	const written = String(issue.input).trim();
	if (!isRealDate(iso)) return `дата записана как ${written}, а нужно ГГГГ-ММ-ДД, и ${NOT_IN_CALENDAR}`;
	return `дата записана как ${written}, а нужно ГГГГ-ММ-ДД: пишите ${iso}`;
}

/**
 * Calendar date in ISO form `YYYY-MM-DD`, e.g. `2022-12-01`. Kept as a string: no time zone games.
 * A value not in that form is one finding (`abort`): the calendar check of a value that is not a
 * date at all would only add a false «no such date» about the same value.
 */
export const IsoDateSchema = z
	.string({ error: 'ожидалась дата вида ГГГГ-ММ-ДД, например 2022-12-01' })
	.regex(ISO_DATE_PATTERN, { error: isoDateError, abort: true })
	.refine(isRealDate, { error: NOT_IN_CALENDAR });

/** Moment with an explicit UTC offset, e.g. `2026-07-03T10:15:00+03:00` (reply log). */
export const TimestampSchema = z
	.string()
	.regex(TIMESTAMP_PATTERN, {
		error: 'ожидались дата и время с часовым поясом, например 2026-07-03T10:15+03:00',
	})
	.refine(isRealMoment, { error: 'такого момента времени нет' });

/**
 * Host part of a published link: a domain name with a dot, as the URL parser gives it (lower case,
 * Cyrillic domains in their xn-- form, so «администрация.рф» passes). No bare hosts and no IP
 * addresses: an official site has a name.
 */
const PUBLIC_HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** The scheme of what was written, lower case with its colon (`javascript:`), or undefined. */
function schemeOf(input: unknown): string | undefined {
	if (typeof input !== 'string') return undefined;
	return /^\s*([a-z][a-z0-9+.-]*:)/i.exec(input)?.[1]?.toLowerCase();
}

const HTTPS_EXAMPLE = 'например https://primer-rayon.ru';

/**
 * Why a link is not published, and what to write instead. Links are written into pages as `href`
 * and into the open data: `javascript:` and `data:` run or show content in the reader's browser,
 * `http:` can be rewritten on the way, so only `https:` is accepted.
 */
function httpsUrlError(issue: { input?: unknown }): string {
	const scheme = schemeOf(issue.input);
	if (scheme === 'http:')
		return 'адрес начинается с http:// — публикуются только защищённые адреса: напишите его с https:// (проверьте, что сайт так открывается)';
	if (scheme !== undefined && scheme !== 'https:') {
		return `ссылка «${scheme}…» — не адрес сайта: публикуются только адреса https://…; напишите адрес страницы, ${HTTPS_EXAMPLE}`;
	}
	return `ожидался адрес, начинающийся с https://, ${HTTPS_EXAMPLE}`;
}

/**
 * Web address that must use https, e.g. `https://primer-rayon.ru`: every published link (an act's
 * text, an organisation's and the operator's site). An account's own link has its own rules
 * (account-link-valid). `https:primer-rayon.ru` parses as an https URL, but on a page it is a
 * relative link, so the `//` is required as written.
 */
export const HttpsUrlSchema = z
	.url({ protocol: /^https$/, error: httpsUrlError, abort: true })
	.refine((value) => /^https:\/\//i.test(value), { error: `ожидался адрес, начинающийся с https://, ${HTTPS_EXAMPLE}`, abort: true })
	// Not z.url's own `hostname` option: it reports alongside the protocol, two messages for one link.
	.refine((value) => PUBLIC_HOST.test(URL.parse(value)?.hostname ?? ''), {
		error: `в адресе нет имени сайта вида primer-rayon.ru: напишите адрес, начинающийся с https://, ${HTTPS_EXAMPLE}`,
		abort: true,
	})
	// A password in a published link is published: the part before «@» never belongs there.
	.refine(
		(value) => {
			const url = URL.parse(value);
			return url !== null && url.username === '' && url.password === '';
		},
		{
			error: 'в адресе есть имя пользователя или пароль (часть до «@»): уберите её — такие сведения не публикуются',
			abort: true,
		},
	)
	.superRefine(refusesUnsafeChars('line'));

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
