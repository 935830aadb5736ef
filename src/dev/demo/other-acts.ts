/**
 * One body under each of the four other acts, so every preset has data to check. Their handles are
 * obviously demo ones, except Lyambir's: its act (п. 1) names the two official pages, so the demo
 * uses those addresses. INN/OGRN are fictional (tax region 99), websites and mail on `.example`.
 */
import { demoIds, type DemoOrg } from './model.ts';

export const otherActOrgs: DemoOrg[] = [
	{
		record: {
			id: 'altai-government',
			name: 'Правительство Алтайского края',
			shortName: 'Правительство Алтайского края',
			kind: 'regional-government',
			parent: null,
			tier: 'government',
			...demoIds(41),
			address: '656038, Алтайский край, г. Барнаул, пр-т Ленина, д. 59',
			geo: { lat: 53.3481, lon: 83.7798 },
			email: 'press@altai-gov.example',
			website: 'https://altai-gov.example',
			policies: ['federal-baseline', 'altai-2020-133'],
		},
		handle: 'demo_altai_gov',
		topics: 'regional',
		place: 'г. Барнаул',
		villages: ['Бийске', 'Рубцовске', 'Камне-на-Оби', 'Славгороде', 'Белокурихе'],
		extra: ['tg'],
		audience: 48000,
		// 2024-Q3: the 2020 act was in force and its «рекомендуется ≥ 10» is missed on purpose (warnings);
		// 2026-Q3: the act was replaced in October 2024, so only the federal baseline applies.
		quarters: [
			{ year: 2024, quarter: 3, posts: [6, 9] },
			{ year: 2026, quarter: 3, posts: [8, 14] },
		],
		responsible: 'Консультант департамента по информационной политике',
		okByName: true,
	},
	{
		record: {
			id: 'ivanteevka-admin',
			name: 'Администрация Ивантеевского муниципального района Саратовской области',
			shortName: 'Администрация Ивантеевского района',
			kind: 'local-administration',
			parent: null,
			tier: 'administration',
			...demoIds(42),
			address: '413950, Саратовская область, с. Ивантеевка, ул. Советская, д. 14',
			geo: { lat: 52.2689, lon: 49.1013 },
			email: 'adm@ivanteevka.example',
			website: 'https://ivanteevka.example',
			policies: ['federal-baseline', 'ivanteevka-2020-135'],
		},
		handle: 'demo_ivanteevka_adm',
		topics: 'admin',
		place: 'с. Ивантеевка',
		villages: ['с. Яблоновый Гай', 'пос. Знаменский', 'с. Бартеневка', 'с. Канаевка'],
		extra: [],
		audience: 3900,
		// «рекомендуется ≥ 10» (п. 5) is missed on purpose: the check shows warnings, not errors. Its
		// pages also went silent for five weeks of July and August: the demo's dormant body, flagged
		// as a warning too, the quota it is cited under being recommended.
		quarters: [{ year: 2026, quarter: 3, posts: [5, 9], silent: [2, 6] }],
		responsible: 'Специалист отдела организационно-контрольно-кадровой работы',
	},
	{
		record: {
			id: 'zhatai-admin',
			name: 'Окружная Администрация городского округа «Жатай»',
			shortName: 'Окружная Администрация ГО «Жатай»',
			kind: 'local-administration',
			parent: null,
			...demoIds(43),
			address: '677902, Республика Саха (Якутия), г. Якутск, п. Жатай, ул. Строда, д. 22',
			geo: { lat: 62.1725, lon: 129.8226 },
			email: 'adm@zhatai.example',
			website: 'https://zhatai.example',
			policies: ['federal-baseline', 'zhatai-2020'],
		},
		handle: 'demo_zhatai_adm',
		topics: 'admin',
		place: 'п. Жатай',
		villages: ['п. Жатай'],
		extra: [],
		audience: 2700,
		quarters: [{ year: 2026, quarter: 3, posts: [3, 8] }],
		responsible: 'Специалист отдела информационных технологий',
	},
	{
		record: {
			id: 'lyambir-admin',
			name: 'Администрация Лямбирского муниципального района Республики Мордовия',
			shortName: 'Администрация Лямбирского района',
			kind: 'local-administration',
			parent: null,
			...demoIds(44),
			address: '431510, Республика Мордовия, Лямбирский район, с. Лямбирь, ул. Ленина, д. 1',
			geo: { lat: 54.2897, lon: 45.1176 },
			email: 'adm@lyambir.example',
			website: 'https://lyambir.example',
			policies: ['federal-baseline', 'lyambir-2020-224'],
		},
		handle: 'lyambir_adm',
		pageName: 'Администрация Лямбирского муниципального района',
		urls: { vk: 'https://vk.com/publik177238460', ok: 'https://ok.ru/profile/592736143635' },
		topics: 'admin',
		place: 'с. Лямбирь',
		villages: ['с. Большая Елховка', 'с. Атемар', 'с. Пензятка', 'с. Аксёново'],
		extra: [],
		audience: 4600,
		quarters: [{ year: 2026, quarter: 3, posts: [4, 10] }],
		responsible: 'Специалист отдела информатизации',
		replies: 30,
		strictReplies: true,
	},
];
