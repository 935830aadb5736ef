/**
 * data/internal/<org>.yaml of a demo body: fictional staff contacts and a security attestation per
 * active page. Names are invented from common name parts; mail goes to `.example` hosts.
 */
import type { z } from 'zod';
import type { InternalSchema } from '../../schemas/index.ts';
import type { Rng } from '../shared/prng.ts';
import { addDays, dateInRange } from '../shared/weeks.ts';
import type { DemoAccount } from './accounts.ts';
import { districtPhone, type DemoOrg } from './model.ts';

export type InternalRecord = z.input<typeof InternalSchema>;

/** [male surname, Latin transliteration]; the feminine form adds «а» / "a". */
const SURNAMES = [
	['Кузнецов', 'kuznetsov'],
	['Соколов', 'sokolov'],
	['Морозов', 'morozov'],
	['Волков', 'volkov'],
	['Лебедев', 'lebedev'],
	['Новиков', 'novikov'],
	['Фёдоров', 'fedorov'],
	['Павлов', 'pavlov'],
	['Семёнов', 'semenov'],
	['Голубев', 'golubev'],
	['Виноградов', 'vinogradov'],
	['Богданов', 'bogdanov'],
	['Воробьёв', 'vorobyev'],
	['Андреев', 'andreev'],
	['Захаров', 'zakharov'],
	['Зайцев', 'zaitsev'],
	['Борисов', 'borisov'],
	['Яковлев', 'yakovlev'],
	['Григорьев', 'grigoryev'],
	['Романов', 'romanov'],
] as const;
const FEMALE_NAMES = [
	['Елена', 'e'],
	['Ольга', 'o'],
	['Наталья', 'n'],
	['Татьяна', 't'],
	['Ирина', 'i'],
	['Светлана', 's'],
	['Анна', 'a'],
	['Юлия', 'y'],
	['Марина', 'm'],
	['Екатерина', 'e'],
] as const;
const MALE_NAMES = [
	['Алексей', 'a'],
	['Сергей', 's'],
	['Дмитрий', 'd'],
	['Андрей', 'a'],
	['Михаил', 'm'],
	['Игорь', 'i'],
	['Владимир', 'v'],
	['Николай', 'n'],
] as const;
/** [masculine, feminine, Latin initial] */
const PATRONYMICS = [
	['Александрович', 'Александровна', 'a'],
	['Викторович', 'Викторовна', 'v'],
	['Сергеевич', 'Сергеевна', 's'],
	['Николаевич', 'Николаевна', 'n'],
	['Иванович', 'Ивановна', 'i'],
	['Петрович', 'Петровна', 'p'],
	['Юрьевич', 'Юрьевна', 'y'],
	['Михайлович', 'Михайловна', 'm'],
] as const;

interface Person {
	name: string;
	email: string;
}

function person(rng: Rng, domain: string): Person {
	const female = rng.chance(0.65);
	const [surname, latin] = rng.pick(SURNAMES);
	const [first, firstLatin] = female ? rng.pick(FEMALE_NAMES) : rng.pick(MALE_NAMES);
	const patronymic = rng.pick(PATRONYMICS);
	return {
		name: `${surname}${female ? 'а' : ''} ${first} ${female ? patronymic[1] : patronymic[0]}`,
		email: `${latin}${female ? 'a' : ''}.${firstLatin}${patronymic[2]}@${domain}`,
	};
}

const DISTRICT_COORDINATOR = 'Начальник отдела информационной политики администрации района';
const OTHER_COORDINATOR: Record<string, string> = {
	'altai-government': 'Начальник отдела цифровых коммуникаций департамента по информационной политике',
	'ivanteevka-admin': 'Начальник отдела организационно-контрольно-кадровой работы',
	'zhatai-admin': 'Начальник отдела информационных технологий',
	'lyambir-admin': 'Начальник отдела информатизации',
};

export function internalRecord(demo: DemoOrg, accounts: readonly DemoAccount[], rng: Rng): InternalRecord {
	const active = accounts.filter((a) => a.active);
	const domain = demo.record.email?.split('@')[1] ?? 'primer-rayon.example';
	const district = OTHER_COORDINATOR[demo.record.id] === undefined;
	const phone = (line: number) => (district ? { phone: districtPhone(2, line) } : {});
	// Whoever agreed to publish their name answers the shared press mailbox.
	const main = demo.publicName ? { name: demo.publicName, email: `smm@${domain}` } : person(rng, domain);
	const staff: NonNullable<InternalRecord['staff']> = [
		{
			position: demo.responsible,
			name: main.name,
			email: main.email,
			...phone(1100 + rng.int(0, 899)),
			accounts: active.filter((a) => a.record.kind !== 'head').map((a) => a.record.id),
		},
	];
	const head = active.find((a) => a.record.kind === 'head');
	if (head) {
		const press = person(rng, domain);
		staff.push({
			position: 'Пресс-секретарь главы района',
			name: press.name,
			email: press.email,
			...phone(1002),
			accounts: [head.record.id],
		});
	}
	if (active.length >= 4) {
		const deputy = person(rng, domain);
		staff.push({
			position: 'Специалист по работе в социальных сетях',
			name: deputy.name,
			email: deputy.email,
			accounts: active.filter((a) => a.record.network !== 'vk').map((a) => a.record.id),
		});
	}
	const attestedBy = OTHER_COORDINATOR[demo.record.id] ?? DISTRICT_COORDINATOR;
	const security: NonNullable<InternalRecord['security']> = {};
	for (const account of active) {
		const rotated = dateInRange('2026-07-20', '2026-09-10', rng.next());
		security[account.record.id] = {
			twoFactor: true,
			passwordInManager: true,
			passwordRotated: rotated,
			attested: addDays(rotated, rng.int(3, 20)),
			attestedBy,
		};
	}
	return { org: demo.record.id, staff, security };
}
