/** What the page hands the client script in its JSON block (#link-check-data). */
import type { LookupConfig } from '../../lib/lookup/index.ts';

export interface PageData {
	config: LookupConfig;
	/** Where things live; from the build, so a base path never has to be guessed. */
	paths: { data: string; registry: string; account: string; org: string };
	operator: { name: string; url: string };
	/** check.* strings from src/i18n/ru/check.json, placeholders unfilled. */
	strings: Record<string, string>;
}

export const DATA_ID = 'link-check-data';
