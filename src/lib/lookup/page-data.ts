/**
 * What the link-check page hands its client script in a JSON block (#link-check-data): written by
 * src/queries/lookup.ts, read by src/scripts/link-check/. Here, below both, so the query does not
 * depend on the browser code it feeds.
 */
import type { LookupConfig } from './index.ts';

export interface PageData {
	config: LookupConfig;
	/** Where things live; from the build, so a base path never has to be guessed. */
	paths: { data: string; registry: string; account: string; org: string };
	operator: { name: string; url: string };
	/** check.* strings from src/i18n/ru/check.json, placeholders unfilled. */
	strings: Record<string, string>;
}

export const DATA_ID = 'link-check-data';
