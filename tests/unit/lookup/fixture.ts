/** A small registry in the demo's image, and an in-memory loader that counts what a check fetches. */
import {
	buildShards,
	RegistryLookup,
	type BuildOptions,
	type RegistryAccount,
	type RegistryContact,
	type ShardSet,
} from '../../../src/lib/lookup/index.ts';

const org = { org: 'primer-admin', orgName: 'Администрация Примерного района', name: 'Администрация Примерного района' };

export const ACCOUNTS: RegistryAccount[] = [
	{ ...org, id: 'primer-admin-vk', status: 'active', main: 'vk:primer_admin', forms: ['vk:primer_admin', 'vk:club177238460'] },
	{
		...org,
		id: 'primer-admin-head-vk',
		name: 'Андрей Сомов — глава Примерного района',
		status: 'active',
		main: 'vk:glava_primer_rayon',
		forms: ['vk:glava_primer_rayon', 'vk:club285688907'],
	},
	{ ...org, id: 'primer-admin-tg', status: 'active', main: 'tg:primer_admin', forms: ['tg:primer_admin'] },
	{ ...org, id: 'primer-admin-max', status: 'planned', main: 'max:primer_admin', forms: ['max:primer_admin'] },
	{ ...org, id: 'primer-admin-ok', status: 'suspended', main: 'ok:primer_admin', forms: ['ok:primer_admin'] },
	{
		...org,
		id: 'primer-admin-fb',
		status: 'closed',
		closed: { date: '2022-03-21', reason: 'Facebook заблокирован в России' },
		main: 'fb:primerrayon',
		forms: ['fb:primerrayon'],
	},
	{
		org: 'primer-school-1',
		orgName: 'МБОУ «СОШ № 1»',
		name: 'МБОУ «СОШ № 1»',
		id: 'primer-school-1-vk',
		status: 'active',
		main: 'vk:primer_school1',
		forms: ['vk:primer_school1'],
	},
	{
		org: 'primer-school-2',
		orgName: 'МБОУ «СОШ № 2»',
		name: 'МБОУ «СОШ № 2»',
		id: 'primer-school-2-vk',
		status: 'active',
		main: 'vk:primer_school2',
		forms: ['vk:primer_school2'],
	},
	{
		org: 'primer-sovet',
		orgName: 'Совет депутатов',
		name: 'Совет депутатов',
		id: 'primer-sovet-tg',
		status: 'active',
		main: 'tg:primer_sovet',
		forms: ['tg:primer_sovet'],
	},
	{
		org: 'primer-crb',
		orgName: 'ГБУЗ «Примерная ЦРБ»',
		name: 'ГБУЗ «Примерная ЦРБ»',
		id: 'primer-crb-ok',
		status: 'active',
		main: 'ok:group/70000171432304',
		forms: ['ok:group/70000171432304'],
	},
];

/** The administration's contacts as its org.yaml lists them (keys as keys.ts makes them). */
export const CONTACTS: RegistryContact[] = [
	{ key: 'site:primer-rayon.ru', ...org, org: 'primer-admin' },
	{ key: 'mail:priem@primer-rayon.ru', ...org, org: 'primer-admin' },
	{ key: 'tel:+74999932155', ...org, org: 'primer-admin' },
].map(({ key, org: id, orgName }) => ({ key, org: id, orgName }));

export interface Harness {
	shards: ShardSet;
	/** A fresh lookup (empty cache) whose fetches are recorded in `fetched`. */
	lookup(): RegistryLookup;
	fetched: string[];
}

export function harness(
	accounts: readonly RegistryAccount[] = ACCOUNTS,
	options: BuildOptions = {},
	contacts: readonly RegistryContact[] = CONTACTS,
): Harness {
	const shards = buildShards({ accounts, contacts }, options);
	const fetched: string[] = [];
	return {
		shards,
		fetched,
		lookup: () =>
			new RegistryLookup(shards.config, async (name) => {
				fetched.push(name);
				const text = shards.files.get(name);
				if (text === undefined) throw new Error(`no shard ${name}`);
				return JSON.parse(text);
			}),
	};
}
