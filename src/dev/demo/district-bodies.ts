/**
 * Bodies of the fictional Примерный муниципальный район: the administration, the council, the
 * administration's departments, the control commission and the rural settlements.
 */
import { districtBody } from './district-common.ts';
import type { DemoOrg } from './model.ts';

const CENTRE = 'рп. Примерный';
const ADMIN_SITE = 'https://primer-rayon.example';
const PR = 'Начальник отдела информационной политики администрации района';

export const districtBodies: DemoOrg[] = [
	districtBody(
		{
			n: 1, id: 'primer-admin', kind: 'local-administration',
			name: 'Администрация Примерного муниципального района Примерной области',
			shortName: 'Администрация Примерного района',
			postcode: 999100, place: CENTRE, street: 'ул. Советская, д. 12', geo: [54.3121, 41.1187],
			email: 'priemnaya@primer-rayon.example', phones: [2, 1001, 1005], website: ADMIN_SITE,
		},
		{
			handle: 'primer_admin', topics: 'admin', extra: ['tg', 'max', 'dzen', 'rutube'], audience: 14200,
			posts: [8, 15], responsible: PR, publicName: 'Ковалёва Марина Сергеевна', okByName: true, replies: 40,
		},
	),
	districtBody(
		{
			n: 2, id: 'primer-council', kind: 'local-government-body',
			name: 'Совет депутатов Примерного муниципального района Примерной области',
			shortName: 'Совет депутатов Примерного района',
			postcode: 999100, place: CENTRE, street: 'ул. Советская, д. 12, каб. 21', geo: [54.3121, 41.1187],
			email: 'sovet@primer-rayon.example', phones: [2, 1020], website: 'https://sovet.primer-rayon.example',
		},
		{ handle: 'primer_sovet', topics: 'council', extra: ['tg'], audience: 2100, posts: [3, 6], responsible: 'Консультант аппарата Совета депутатов' },
	),
	districtBody(
		{
			n: 3, id: 'primer-finance', kind: 'local-government-body', parent: 'primer-admin',
			name: 'Комитет финансов администрации Примерного муниципального района',
			shortName: 'Комитет финансов',
			postcode: 999100, place: CENTRE, street: 'ул. Советская, д. 12, каб. 40', geo: [54.3121, 41.1187],
			email: 'finance@primer-rayon.example', phones: [2, 1040],
			exemption: {
				policy: 'khasyn-undated',
				clause: 'annex',
				note: 'Включён в перечень приложения к Порядку (п. 1): официальные страницы комитет не ведёт, его новости публикует администрация района',
			},
		},
		{ handle: 'primer_finance', topics: 'admin', audience: 0, posts: [0, 0], responsible: PR },
	),
	districtBody(
		{
			n: 4, id: 'primer-education', kind: 'local-government-body', parent: 'primer-admin',
			name: 'Управление образования администрации Примерного муниципального района',
			shortName: 'Управление образования Примерного района',
			postcode: 999100, place: CENTRE, street: 'ул. Школьная, д. 3', geo: [54.3142, 41.1203],
			email: 'uo@primer-edu.example', phones: [2, 1101, 1102], website: 'https://primer-edu.example',
		},
		{ handle: 'primer_obrazovanie', topics: 'education', extra: ['tg', 'max'], audience: 5300, posts: [5, 10], responsible: 'Методист информационно-методического центра' },
	),
	districtBody(
		{
			n: 5, id: 'primer-culture', kind: 'local-government-body', parent: 'primer-admin',
			name: 'Отдел культуры и туризма администрации Примерного муниципального района',
			shortName: 'Отдел культуры и туризма',
			postcode: 999100, place: CENTRE, street: 'ул. Октябрьская, д. 7', geo: [54.3105, 41.1161],
			email: 'kultura@primer-rayon.example', phones: [2, 1201], website: 'https://kultura.primer-rayon.example',
		},
		{ handle: 'primer_kultura', topics: 'culture', extra: ['tg'], audience: 3100, posts: [4, 9], responsible: 'Главный специалист отдела культуры и туризма' },
	),
	districtBody(
		{
			n: 6, id: 'primer-sport', kind: 'local-government-body', parent: 'primer-admin',
			name: 'Отдел физической культуры, спорта и молодёжной политики администрации Примерного муниципального района',
			shortName: 'Отдел спорта и молодёжной политики',
			postcode: 999100, place: CENTRE, street: 'ул. Советская, д. 12, каб. 15', geo: [54.3121, 41.1187],
			email: 'sport@primer-rayon.example', phones: [2, 1301],
		},
		{ handle: 'primer_sport_molodezh', topics: 'sport', audience: 2600, posts: [4, 8], responsible: 'Ведущий специалист по молодёжной политике' },
	),
	districtBody(
		{
			n: 7, id: 'primer-ksk', kind: 'local-government-body',
			name: 'Контрольно-счётная комиссия Примерного муниципального района',
			shortName: 'Контрольно-счётная комиссия района',
			postcode: 999100, place: CENTRE, street: 'ул. Советская, д. 12, каб. 33', geo: [54.3121, 41.1187],
			email: 'ksk@primer-rayon.example', phones: [2, 1033],
		},
		{ handle: 'primer_ksk', topics: 'control', audience: 640, posts: [3, 4], responsible: 'Инспектор контрольно-счётной комиссии' },
	),
	...(
		[
			[31, 'berezovka', 'Берёзовского', 'Берёзовское', 'с. Берёзовка', 'ул. Центральная, д. 1', [54.3791, 41.0402], ['max']],
			[32, 'olkhovka', 'Ольховского', 'Ольховское', 'с. Ольховка', 'ул. Мира, д. 5', [54.2456, 41.2518], []],
			[33, 'sosnovka', 'Сосновского', 'Сосновское', 'с. Сосновка', 'ул. Лесная, д. 2', [54.4102, 41.2233], []],
			[34, 'kamenka', 'Каменского', 'Каменское', 'с. Каменка', 'ул. Садовая, д. 14', [54.2233, 41.0311], []],
			[35, 'zarechny', 'Заречного', 'Заречное', 'пос. Заречный', 'ул. Набережная, д. 8', [54.3345, 41.2874], []],
			[36, 'lipovka', 'Липовского', 'Липовское', 'с. Липовка', 'ул. Молодёжная, д. 3', [54.2871, 40.9652], []],
		] as const
	).map(([n, slug, genitive, nominative, place, street, geo, extra], i) =>
		districtBody(
			{
				n, id: `${slug}-admin`, kind: 'local-administration',
				name: `Администрация ${genitive} сельского поселения Примерного муниципального района`,
				shortName: `Администрация ${genitive} сельского поселения`,
				postcode: 999111 + i, place, street, geo: [geo[0], geo[1]],
				email: `adm@${slug}.primer-rayon.example`, phones: [3, 2100 + i * 11],
				website: `https://${slug}.primer-rayon.example`,
			},
			{
				handle: `${slug}_poselenie`, topics: 'settlement', extra, audience: 380 + i * 95, posts: [3, 7],
				responsible: `Специалист администрации ${genitive} сельского поселения`, planByNetwork: true,
				pageName: `${nominative} сельское поселение`,
			},
		),
	),
];
