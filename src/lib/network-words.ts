/**
 * Networks and addresses as a clerk reads them in a check message: «в сети «ВКонтакте»», not
 * «сеть «vk»»; https://vk.com/primer_admin, not `vk:primer_admin`. The names are the site's own
 * (src/i18n/ru/common.json, `network.*`), so a message and a page never call a network differently.
 * Kept out of src/lib/links: the canonicaliser runs in the browser and carries no dictionaries.
 */
import { t } from '../i18n/index.ts';
import { accountUrl, isNetwork, REASONS, type Reason } from './links/index.ts';
import { quoteName } from './ru-format.ts';

/** «ВКонтакте», «Telegram»; an unknown code is shown as written (it is the data's own mistake). */
export function networkLabel(network: string): string {
	return isNetwork(network) ? t(`network.${network}`) : network;
}

/** «в сети «ВКонтакте»», «в сети Telegram»: Cyrillic one-word names in «ёлочки», Latin ones bare. */
export function inNetwork(network: string): string {
	return `в сети ${quoteName(networkLabel(network))}`;
}

/** The page's address as a link: `vk:primer_admin` → https://vk.com/primer_admin (the id itself if it has none). */
export function pageLink(canonical: string): string {
	return accountUrl(canonical) ?? canonical;
}

/**
 * Why a link is not an account's page, and what to do, in the words the site's link check uses
 * (src/i18n/ru/check.json, `check.reason.*`); `network` names the network the link imitates.
 */
export function linkReason(reason: string | null, network: string | null): string {
	if (reason === null || !(REASONS as readonly string[]).includes(reason)) {
		return 'по этому адресу не открывается страница в социальной сети: скопируйте адрес страницы из строки браузера';
	}
	return t(`check.reason.${reason as Reason}`, { network: network === null ? t('check.network.unknown') : networkLabel(network) });
}
