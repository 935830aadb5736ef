/**
 * A new planned account from a link (`npm run new -- account`): canonicalise the link, refuse what
 * must not be registered (not a page, a look-alike, a page already in the registry or one that looks
 * like a registered page of the same network), and fill what can be known.
 *
 * The profile checklist lists the elements the organisation's acts require, each `false`: a planned
 * page passes the check with them (profile-complete looks at active pages only), and the file then
 * shows staff exactly what to tick before switching the page to `active`.
 */
import checkStrings from '../i18n/ru/check.json' with { type: 'json' };
import common from '../i18n/ru/common.json' with { type: 'json' };
import { accountIndex } from '../loaders/account-index.ts';
import type { Dataset } from '../loaders/dataset-types.ts';
import { applicablePolicies } from '../engine/policy-view.ts';
import { accountUrl, canonicalise, type Resolution } from '../lib/links/index.ts';
import { nameKey, similarity } from '../lib/lookup/similarity.ts';
import { AccountSchema, type Account } from '../schemas/account.ts';
import { ProfileElementSchema, type ProfileElement } from '../schemas/common.ts';
import { accountIdTaken, checkDate } from './registry.ts';

const STRINGS: Record<string, string> = { ...common, ...checkStrings };

export interface AccountRequest {
	org: string;
	url: string;
	name?: string;
}

export type AccountPlan =
	| { ok: true; value: Account; input: Record<string, unknown>; resolution: Resolution; nameGuessed: boolean; profile: ProfileElement[] }
	| { ok: false; problem: string };

const networkName = (network: string) => STRINGS[`network.${network}`] ?? network;

function reasonText(resolution: Resolution): string {
	const text = resolution.reason ? STRINGS[`check.reason.${resolution.reason}`] : undefined;
	return (text ?? resolution.reason ?? '').replace('{network}', resolution.network ? networkName(resolution.network) : 'социальной сети');
}

/** A registered page whose name a reader could mistake for this one (same network). */
function lookalikeOf(dataset: Dataset, canonical: string): { account: string; input: string } | undefined {
	const query = nameKey(canonical);
	if (!query) return undefined;
	for (const [registered, form] of accountIndex(dataset).byCanonical) {
		const candidate = nameKey(registered);
		if (candidate && similarity(query, candidate)) return { account: form.account, input: form.input };
	}
	return undefined;
}

export function planAccount(dataset: Dataset, dataDir: string, request: AccountRequest): AccountPlan {
	const org = dataset.orgs.get(request.org)?.value;
	if (!org) {
		return {
			ok: false,
			problem: dataset.rejected.orgs.has(request.org)
				? `Файл организации orgs/${request.org}/org.yaml содержит ошибки: сначала исправьте его (npm run check).`
				: `Организация «${request.org}» не найдена: нет файла orgs/${request.org}/org.yaml. Создайте её: npm run new -- org --id ${request.org} …`,
		};
	}
	const resolution = canonicalise(request.url);
	if (resolution.kind === 'lookalike')
		return { ok: false, problem: `Ссылка «${request.url}» похожа на подделку: ${reasonText(resolution)}` };
	if (resolution.kind === 'post')
		return { ok: false, problem: `Ссылка «${request.url}» ведёт на публикацию, а не на страницу. Укажите адрес самой страницы.` };
	if (resolution.kind !== 'account' || resolution.canonical === null || resolution.network === null) {
		return { ok: false, problem: `Ссылка «${request.url}» не подходит: ${reasonText(resolution)}` };
	}
	const canonical = resolution.canonical;
	const network = resolution.network;
	const index = accountIndex(dataset);
	const registered = index.byCanonical.get(canonical);
	if (registered) {
		return {
			ok: false,
			problem: `Эта страница уже есть в реестре: «${registered.account}» (${registered.file}, ${registered.input}). Новую запись создавать не нужно.`,
		};
	}
	const hinted = resolution.reason === 'misspelt-numeric-form' && resolution.hint ? index.byCanonical.get(resolution.hint) : undefined;
	if (hinted) {
		return {
			ok: false,
			problem: `${reasonText(resolution)} Похоже, это страница «${hinted.account}» (${hinted.file}), она уже есть в реестре.`,
		};
	}
	const similar = lookalikeOf(dataset, canonical);
	if (similar) {
		return {
			ok: false,
			problem: `Адрес «${request.url}» почти совпадает с адресом зарегистрированной страницы «${similar.account}» (${similar.input}): так выглядят поддельные страницы. Проверьте ссылку. Если это действительно другая официальная страница, внесите её вручную и объясните в запросе на слияние.`,
		};
	}

	let id = `${org.id}-${network}`;
	for (let n = 2; accountIdTaken(dataset, dataDir, id); n++) id = `${org.id}-${network}-${n}`;
	const today = checkDate(dataset);
	const required = new Set(
		applicablePolicies(dataset, org, today).flatMap((policy) => policy.profile.map((requirement) => requirement.element)),
	);
	const profile = ProfileElementSchema.options.filter((element) => required.has(element));
	const name = request.name?.trim();
	const input: Record<string, unknown> = {
		id,
		org: org.id,
		network,
		url: accountUrl(canonical) ?? request.url.trim(),
		name: name || org.shortName,
		status: 'planned',
		...(profile.length > 0 ? { profile: Object.fromEntries(profile.map((element) => [element, false])) } : {}),
	};
	const checked = AccountSchema.safeParse(input);
	if (!checked.success) {
		return {
			ok: false,
			problem: `Запись не прошла проверку схемы: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
		};
	}
	return { ok: true, value: checked.data, input, resolution, nameGuessed: !name, profile };
}
