/**
 * Subordinate institutions of the district: schools and kindergartens (under the education
 * department), the museum, library and house of culture, the sports school, and the regional
 * hospital that serves the district.
 */
import { districtBody } from './district-common.ts';
import type { DemoOrg } from './model.ts';

const CENTRE = 'рп. Примерный';
const EDU = 'primer-education';

/** [n, id, full name tail, short name, handle, place, street, geo, postcode, posts max, extra] */
const SCHOOLS = [
	[11, 'primer-school-1', 'Средняя общеобразовательная школа № 1 рп. Примерный', 'МБОУ СОШ № 1 рп. Примерный', 'primer_school1', CENTRE, 'ул. Школьная, д. 1', [54.3139, 41.1211], 999100, 9, ['tg']],
	[12, 'primer-school-2', 'Средняя общеобразовательная школа № 2 рп. Примерный', 'МБОУ СОШ № 2 рп. Примерный', 'primer_school2', CENTRE, 'ул. Гагарина, д. 24', [54.3087, 41.1102], 999100, 8, []],
	[13, 'primer-gymnasium', 'Гимназия имени А. С. Пушкина рп. Примерный', 'МБОУ «Гимназия» рп. Примерный', 'primer_gimnaziya', CENTRE, 'ул. Пушкина, д. 10', [54.3158, 41.1177], 999100, 9, []],
	[14, 'berezovka-school', 'Берёзовская средняя общеобразовательная школа', 'МБОУ «Берёзовская СОШ»', 'berezovka_school', 'с. Берёзовка', 'ул. Школьная, д. 4', [54.3803, 41.0421], 999111, 7, []],
	[15, 'olkhovka-school', 'Ольховская средняя общеобразовательная школа', 'МБОУ «Ольховская СОШ»', 'olkhovka_school', 'с. Ольховка', 'ул. Мира, д. 17', [54.2449, 41.2542], 999112, 6, []],
	[16, 'sosnovka-school', 'Сосновская средняя общеобразовательная школа', 'МБОУ «Сосновская СОШ»', 'sosnovka_school', 'с. Сосновка', 'ул. Лесная, д. 11', [54.4117, 41.2209], 999113, 6, []],
	[17, 'dubki-school', 'Дубковская основная общеобразовательная школа', 'МБОУ «Дубковская ООШ»', 'dubki_school', 'с. Дубки', 'ул. Дубовая, д. 2', [54.2611, 41.1877], 999117, 5, []],
	[18, 'lipovka-school', 'Липовская средняя общеобразовательная школа', 'МБОУ «Липовская СОШ»', 'lipovka_school', 'с. Липовка', 'ул. Молодёжная, д. 9', [54.2864, 40.9677], 999116, 6, []],
	[19, 'kamenka-school', 'Каменская средняя общеобразовательная школа', 'МБОУ «Каменская СОШ»', 'kamenka_school', 'с. Каменка', 'ул. Садовая, д. 21', [54.2241, 41.0334], 999114, 6, []],
	[20, 'zarechny-school', 'Заречная средняя общеобразовательная школа', 'МБОУ «Заречная СОШ»', 'zarechny_school', 'пос. Заречный', 'ул. Набережная, д. 15', [54.3352, 41.2851], 999115, 6, []],
	[21, 'ryabinovka-school', 'Рябиновская основная общеобразовательная школа', 'МБОУ «Рябиновская ООШ»', 'ryabinovka_school', 'с. Рябиновка', 'ул. Рябиновая, д. 1', [54.3567, 40.9921], 999118, 5, []],
] as const;

const schools = SCHOOLS.map(([n, id, tail, shortName, handle, place, street, geo, postcode, postsMax, extra]) =>
	districtBody(
		{
			n, id, kind: 'subordinate', parent: EDU,
			name: `Муниципальное бюджетное общеобразовательное учреждение «${tail}»`,
			shortName, postcode, place, street, geo: [geo[0], geo[1]],
			email: `info@${id.replace(/^primer-/, '')}.primer-edu.example`, phones: [4, 1000 + n * 10],
			website: `https://${id.replace(/^primer-/, '')}.primer-edu.example`,
		},
		{
			handle,
			topics: 'school', extra, audience: 520 + n * 61, posts: [3, postsMax],
			responsible: 'Заместитель директора по воспитательной работе',
			...(n === 11 ? { publicName: 'Белова Ольга Николаевна' } : {}),
		},
	),
);

const KINDERGARTENS = [
	[22, 'primer-kindergarten-1', 'Детский сад № 1 «Солнышко» рп. Примерный', 'МБДОУ «Детский сад № 1 «Солнышко»»', 'primer_sad_solnyshko', CENTRE, 'ул. Гагарина, д. 5', [54.3092, 41.1125], 999100],
	[23, 'primer-kindergarten-2', 'Детский сад № 2 «Теремок» рп. Примерный', 'МБДОУ «Детский сад № 2 «Теремок»»', 'primer_sad_teremok', CENTRE, 'ул. Полевая, д. 18', [54.3171, 41.1066], 999100],
	[24, 'berezovka-kindergarten', 'Берёзовский детский сад «Колокольчик»', 'МБДОУ «Берёзовский детский сад «Колокольчик»»', 'berezovka_sad_kolokolchik', 'с. Берёзовка', 'ул. Центральная, д. 9', [54.3784, 41.0437], 999111],
] as const;

const kindergartens = KINDERGARTENS.map(([n, id, tail, shortName, handle, place, street, geo, postcode]) =>
	districtBody(
		{
			n, id, kind: 'subordinate', parent: EDU,
			name: `Муниципальное бюджетное дошкольное образовательное учреждение «${tail}»`,
			shortName, postcode, place, street, geo: [geo[0], geo[1]],
			email: `info@${id.replace(/^primer-/, '')}.primer-edu.example`, phones: [4, 2000 + n * 10],
		},
		{ handle, topics: 'kindergarten', audience: 310 + n * 17, posts: [3, 6], responsible: 'Старший воспитатель' },
	),
);

export const districtInstitutions: DemoOrg[] = [
	...schools,
	...kindergartens,
	districtBody(
		{
			n: 25, id: 'primer-ddt', kind: 'subordinate', parent: EDU,
			name: 'Муниципальное бюджетное учреждение дополнительного образования «Дом детского творчества Примерного района»',
			shortName: 'МБУ ДО «Дом детского творчества»', postcode: 999100, place: CENTRE, street: 'ул. Октябрьская, д. 15', geo: [54.3111, 41.1149],
			email: 'ddt@primer-edu.example', phones: [4, 3001], website: 'https://ddt.primer-edu.example',
		},
		{ handle: 'primer_ddt', topics: 'education', audience: 1250, posts: [3, 7], responsible: 'Педагог-организатор' },
	),
	districtBody(
		{
			n: 26, id: 'primer-sport-school', kind: 'subordinate', parent: 'primer-sport',
			name: 'Муниципальное бюджетное учреждение дополнительного образования «Примерная спортивная школа»',
			shortName: 'МБУ ДО «Примерная спортивная школа»', postcode: 999100, place: CENTRE, street: 'ул. Спортивная, д. 1', geo: [54.3069, 41.1243],
			email: 'sportshkola@primer-rayon.example', phones: [2, 1350], website: 'https://sportshkola.primer-rayon.example',
		},
		{ handle: 'primer_sportshkola', topics: 'sport', extra: ['rutube'], audience: 1700, posts: [3, 8], responsible: 'Инструктор-методист' },
	),
	districtBody(
		{
			n: 27, id: 'primer-museum', kind: 'subordinate', parent: 'primer-culture',
			name: 'Муниципальное бюджетное учреждение культуры «Примерный районный краеведческий музей»',
			shortName: 'Краеведческий музей Примерного района', postcode: 999100, place: CENTRE, street: 'ул. Купеческая, д. 4', geo: [54.3128, 41.1139],
			email: 'muzey@primer-rayon.example', phones: [2, 1240], website: 'https://muzey.primer-rayon.example',
		},
		{ handle: 'primer_muzey', topics: 'museum', extra: ['dzen'], audience: 1900, posts: [4, 8], responsible: 'Научный сотрудник музея', publicName: 'Орлов Денис Аркадьевич' },
	),
	districtBody(
		{
			n: 28, id: 'primer-library', kind: 'subordinate', parent: 'primer-culture',
			name: 'Муниципальное бюджетное учреждение культуры «Примерная межпоселенческая центральная библиотека»',
			shortName: 'Центральная библиотека Примерного района', postcode: 999100, place: CENTRE, street: 'ул. Октябрьская, д. 9', geo: [54.3109, 41.1158],
			email: 'biblioteka@primer-rayon.example', phones: [2, 1250], website: 'https://biblioteka.primer-rayon.example',
		},
		{ handle: 'primer_biblioteka', topics: 'library', extra: ['tg'], audience: 1450, posts: [4, 9], responsible: 'Заведующий отделом обслуживания', okByName: true },
	),
	districtBody(
		{
			n: 29, id: 'primer-culture-house', kind: 'subordinate', parent: 'primer-culture',
			name: 'Муниципальное бюджетное учреждение культуры «Примерный районный Дом культуры»',
			shortName: 'Районный Дом культуры', postcode: 999100, place: CENTRE, street: 'пл. Ленина, д. 2', geo: [54.3117, 41.1176],
			email: 'rdk@primer-rayon.example', phones: [2, 1260],
		},
		{ handle: 'primer_rdk', topics: 'culture', audience: 2300, posts: [4, 9], responsible: 'Художественный руководитель' },
	),
	districtBody(
		{
			n: 30, id: 'primer-crb', kind: 'subordinate',
			name: 'Государственное бюджетное учреждение здравоохранения Примерной области «Примерная центральная районная больница»',
			shortName: 'ГБУЗ «Примерная ЦРБ»', postcode: 999100, place: CENTRE, street: 'ул. Больничная, д. 1', geo: [54.3183, 41.1259],
			email: 'crb@primer-zdrav.example', phones: [2, 1501, 1503], website: 'https://crb.primer-zdrav.example',
		},
		{ handle: 'primer_crb', topics: 'hospital', extra: ['tg', 'max'], audience: 4800, posts: [4, 10], responsible: 'Специалист по связям с общественностью', okByName: true },
	),
];
