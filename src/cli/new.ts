/**
 * `npm run new -- account --org ID --url LINK [--name "…"] [--data DIR]`
 * `npm run new -- org --id ID --name "…" --kind KIND --inn … --ogrn … --address "…" […] [--data DIR]`
 * Creates a data file that passes the check: the link canonicalised, duplicates and look-alikes of
 * registered pages refused, the rest filled in, then says what to fill next.
 * Exit codes as for the other commands: 0 — created, 1 — refused (the data says no), 2 — bad usage.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { displayPath } from '../loaders/tree.ts';
import { OrgKindSchema } from '../schemas/common.ts';
import { planAccount } from '../scaffold/account.ts';
import { planOrg, requiredNetworks } from '../scaffold/org.ts';
import { accountFile, entityYaml, internalFile, openDataset, orgFile } from '../scaffold/registry.ts';
import common from '../i18n/ru/common.json' with { type: 'json' };
import { parseCommandLine, runMain, UsageError } from './usage-error.ts';

const STRINGS: Record<string, string> = common;

const USAGE = `Использование:
  npm run new -- account --org ОРГАНИЗАЦИЯ --url ССЫЛКА [--name "Название"] [--data ПАПКА]
  npm run new -- org --id ИДЕНТИФИКАТОР --name "Полное наименование" --kind ВИД
                 --inn ИНН --ogrn ОГРН --address "Адрес" [--short-name "Краткое"]
                 [--parent ОРГАНИЗАЦИЯ] [--website https://…] [--email …] [--phone …]…
                 [--policy АКТ]… [--data ПАПКА]

account — новая официальная страница со статусом planned (планируется). Ссылка приводится
  к каноническому виду; страница, которая уже есть в реестре (в том числе под другим адресом,
  например числовым), и адрес, похожий на адрес зарегистрированной страницы, отклоняются.
  Идентификатор: <организация>-<сеть>, при повторе — с номером (-2, -3…).
org — новая организация (orgs/<id>/org.yaml) и файл для контактов сотрудников (internal/<id>.yaml).
  ВИД: ${OrgKindSchema.options.join(', ')}.

  --data ПАПКА   папка с данными (по умолчанию data)

Код выхода: 0 — файл создан, 1 — запись отклонена (причина напечатана), 2 — неверный вызов.
`;

const OPTIONS = {
	org: { type: 'string' },
	url: { type: 'string' },
	name: { type: 'string' },
	id: { type: 'string' },
	kind: { type: 'string' },
	'short-name': { type: 'string' },
	inn: { type: 'string' },
	ogrn: { type: 'string' },
	address: { type: 'string' },
	parent: { type: 'string' },
	website: { type: 'string' },
	email: { type: 'string' },
	phone: { type: 'string', multiple: true },
	policy: { type: 'string', multiple: true },
	data: { type: 'string', default: 'data' },
	help: { type: 'boolean', short: 'h', default: false },
} as const;

const ACCOUNT_OPTIONS = new Set(['org', 'url', 'name', 'data', 'help']);

function write(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text, { flag: 'wx' });
}

function requireOptions(values: Record<string, unknown>, names: string[]): void {
	const missing = names.filter((name) => typeof values[name] !== 'string' || (values[name] as string).trim() === '');
	if (missing.length > 0) throw new UsageError(`Не хватает параметров: ${missing.map((name) => `--${name}`).join(', ')}.`);
}

function newAccount(values: Record<string, unknown>): number {
	const unexpected = Object.keys(values).filter((key) => !ACCOUNT_OPTIONS.has(key) && values[key] !== undefined);
	if (unexpected.length > 0) throw new UsageError(`Параметры ${unexpected.map((key) => `--${key}`).join(', ')} не относятся к account.`);
	requireOptions(values, ['org', 'url']);
	const dataDir = values.data as string;
	const dataset = openDataset(dataDir);
	const plan = planAccount(dataset, dataDir, {
		org: values.org as string,
		url: values.url as string,
		...(typeof values.name === 'string' ? { name: values.name } : {}),
	});
	if (!plan.ok) {
		process.stdout.write(`Запись не создана. ${plan.problem}\n`);
		return 1;
	}
	const { value } = plan;
	const path = accountFile(dataDir, value.org, value.id);
	write(path, entityYaml('account', plan.input));
	const network = STRINGS[`network.${value.network}`] ?? value.network;
	const next = [
		plan.nameGuessed
			? `name: впишите название страницы, как оно показано в сети (сейчас стоит краткое наименование организации «${value.name}»).`
			: `name: проверьте, что название совпадает с показанным в сети («${value.name}»).`,
		'aliases: добавьте другие адреса той же страницы (числовой id и короткое имя), чтобы их тоже узнавали как официальные.',
		`Когда страница заработает: status: active, opened (дата создания) и registered (дата внесения в реестр)${plan.profile.length > 0 ? `, отметки profile (${plan.profile.join(', ')}) — true для того, что есть на странице` : ''}${value.network === 'vk' || value.network === 'ok' ? ', gospabliki (дата подключения к «Госпабликам»)' : ''}, responsible (должность ответственного).`,
		`В ${displayPath(internalFile(dataDir, value.org))}: отметка о двухфакторной аутентификации для «${value.id}» (security) — без паролей.`,
		'Проверьте данные: npm run check',
	];
	process.stdout.write(
		`Создан файл ${displayPath(path)}:\n` +
			`  страница «${value.id}» (${network}) организации «${value.org}», адрес ${value.url}, статус planned (планируется).\n` +
			`Что заполнить дальше:\n${next.map((line) => `  - ${line}\n`).join('')}`,
	);
	return 0;
}

function newOrg(values: Record<string, unknown>): number {
	for (const key of ['url']) if (values[key] !== undefined) throw new UsageError(`Параметр --${key} не относится к org.`);
	requireOptions(values, ['id', 'name', 'kind', 'inn', 'ogrn', 'address']);
	const kind = values.kind as string;
	if (!(OrgKindSchema.options as readonly string[]).includes(kind))
		throw new UsageError(`Неизвестный вид организации «${kind}»: ожидался один из ${OrgKindSchema.options.join(', ')}.`);
	const dataDir = values.data as string;
	const dataset = openDataset(dataDir);
	const str = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
	const plan = planOrg(dataset, {
		id: values.id as string,
		name: values.name as string,
		kind,
		inn: values.inn as string,
		ogrn: values.ogrn as string,
		address: values.address as string,
		...(str('short-name') ? { shortName: str('short-name')! } : {}),
		...(str('parent') ? { parent: str('parent')! } : {}),
		...(str('website') ? { website: str('website')! } : {}),
		...(str('email') ? { email: str('email')! } : {}),
		phones: (values.phone as string[] | undefined) ?? [],
		policies: (values.policy as string[] | undefined) ?? [],
	});
	if (!plan.ok) {
		process.stdout.write(`Запись не создана:\n${plan.problems.map((problem) => `  - ${problem}\n`).join('')}`);
		return 1;
	}
	// A body that must keep pages fails required-networks until it has them: say so up front.
	const required = requiredNetworks(dataset, plan.value);
	const path = orgFile(dataDir, plan.value.id);
	write(path, entityYaml('organisation', plan.input));
	const internal = internalFile(dataDir, plan.value.id);
	const createdInternal = !existsSync(internal);
	if (createdInternal) write(internal, entityYaml('internal', { org: plan.value.id }));
	process.stdout.write(
		`Создан файл ${displayPath(path)}: «${plan.value.shortName}» (${STRINGS[`orgKind.${plan.value.kind}`] ?? plan.value.kind}).\n` +
			(createdInternal ? `Создан файл ${displayPath(internal)} для контактов сотрудников (не публикуется).\n` : '') +
			'Что заполнить дальше:\n' +
			`${[
				plan.value.shortName === plan.value.name ? 'shortName: краткое наименование (сейчас совпадает с полным).' : undefined,
				plan.value.email ? undefined : 'email, phones, website: контакты для обращений граждан.',
				plan.value.policies ? undefined : 'policies: если организация подчиняется не тем актам, что указаны в site.yaml.',
				`Страницы организации: npm run new -- account --org ${plan.value.id} --url ССЫЛКА` +
					(required.length > 0
						? `. Акты требуют действующих страниц в сетях: ${required.map((n) => STRINGS[`network.${n}`] ?? n).join(', ')}; пока их нет, проверка сообщает об ошибке required-networks (если организация освобождена от ведения страниц, заполните exemption).`
						: ''),
				'Проверьте данные: npm run check',
			]
				.filter((line) => line !== undefined)
				.map((line) => `  - ${line}\n`)
				.join('')}`,
	);
	return 0;
}

function main(): number {
	const { values, positionals } = parseCommandLine({ options: OPTIONS, allowPositionals: true });
	if (values.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (positionals.length !== 1)
		throw new UsageError(
			positionals.length === 0 ? 'Укажите, что создать: account или org.' : `Лишние аргументы: ${positionals.slice(1).join(' ')}`,
		);
	const { data, help: _help, ...rest } = values;
	const given = Object.fromEntries(Object.entries({ ...rest, data }).filter(([, value]) => value !== undefined));
	if (!existsSync(data)) throw new UsageError(`Папка данных «${data}» не найдена.`);
	switch (positionals[0]) {
		case 'account':
			return newAccount(given);
		case 'org':
			return newOrg(given);
		default:
			throw new UsageError(`Неизвестный вид записи «${positionals[0]}»: ожидалось account или org.`);
	}
}

await runMain(main, USAGE);
