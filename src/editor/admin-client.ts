/**
 * Starts Decap CMS on /admin/ (bundled by Astro as an external module: the page has no inline
 * script). Decap's prebuilt bundle expects React and ReactDOM as globals (/admin/react-globals.js,
 * see decap-assets.ts), and its react-dom refuses a React of another version, so package.json pins
 * react to the version Decap was built with (tests/unit/editor/decap-assets.test.ts checks). The
 * settings come from /admin/config.json, generated from the Zod schemas; the two formats write
 * YAML the way the checker reads it. On the test backend the sandbox is seeded from sandbox.json;
 * the portal's date and link widgets (widgets.ts), Decap's corrected Russian phrases and the save
 * hook that sets an account's network from its link are registered before Decap starts.
 */
import { RegistryLookup } from '../lib/lookup/index.ts';
import type { AdminSettings } from './decap.ts';
import { decapFormatter } from './format.ts';
import { followLink } from './link-verdict.ts';
import { listHeading } from './list-heading.ts';
import { rankHits } from './org-search.ts';
import { WIDGETS } from './widget-names.ts';
import { createWidgets, type ReactLike } from './widgets.ts';

interface DecapCms {
	init(options: { config: unknown }): void;
	registerCustomFormat(name: string, extension: string, formatter: ReturnType<typeof decapFormatter>): void;
	registerWidget(name: string, control: unknown): void;
	getLocale(locale: string): Record<string, unknown> | undefined;
	registerLocale(locale: string, phrases: Record<string, unknown>): void;
	registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: ImmutableMap }) => ImmutableMap | undefined }): void;
}

/** The part of Decap's Immutable Map entries the save hook uses. */
interface ImmutableMap {
	get(key: string): unknown;
	set(key: string, value: unknown): ImmutableMap;
}

/** The verification API's index (/proverka/api/v1.json): the shard set of this build. */
interface LookupIndex {
	v: string;
	e: number;
	l: number;
	c: number;
	data: string;
}

/** The link check's registry, from the same shards as the public check at /proverka/. */
async function loadRegistry(): Promise<RegistryLookup> {
	const response = await fetch(new URL('../proverka/api/v1.json', document.baseURI), { cache: 'no-cache' });
	if (!response.ok) throw new Error(`${response.status} ${response.url}`);
	const index = (await response.json()) as LookupIndex;
	return new RegistryLookup({ v: index.v, e: index.e, l: index.l, c: index.c }, async (name) => {
		const shard = await fetch(new URL(`${index.data}${name}.json`, document.baseURI));
		if (!shard.ok) throw new Error(`${shard.status} ${shard.url}`);
		return shard.json();
	});
}

/** `over` merged into `base`, nested objects key by key (Decap's phrase books are nested). */
function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(over)) {
		const under = out[key];
		out[key] =
			value && typeof value === 'object' && under && typeof under === 'object'
				? merge(under as Record<string, unknown>, value as Record<string, unknown>)
				: value;
	}
	return out;
}

declare global {
	interface Window {
		DecapCmsApp?: DecapCms;
		/** Decap's API, as its all-in-one bundle exposes it (and the browser test uses it). */
		CMS?: DecapCms;
		/** The files of Decap's test backend, read once when it starts. */
		repoFiles?: unknown;
		React?: unknown;
		/** The organisation pick list's ranking, called by Decap's relation search (decap-assets.ts BUNDLE_FIXES). */
		portalRankHits?: typeof rankHits;
		/** A list field's heading with its count in Russian plural forms (decap-assets.ts BUNDLE_FIXES). */
		portalListHeading?: typeof listHeading;
	}
}

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`не загрузился ${src}`));
		document.body.append(script);
	});
}

async function start(): Promise<void> {
	const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-cache' });
	const settings = (await response.json()) as AdminSettings | { cms: null };
	if (!settings.cms) return;
	// The sandbox starts with the registry's own files (sandbox.json, built from data/), read by
	// Decap's test backend when it starts. It lists a folder by its literal key ('data/orgs') but
	// reads a file by walking path segments (data → orgs), so the same tree hangs under both.
	if ((settings as AdminSettings).cms.backend.name === 'test-repo') {
		const orgs = (await (await fetch(new URL('sandbox.json', document.baseURI), { cache: 'no-cache' })).json()) as unknown;
		window.repoFiles = { 'data/orgs': orgs, data: { orgs } };
	}
	window.portalRankHits = rankHits;
	window.portalListHeading = listHeading;
	await loadScript(new URL('react-globals.js', document.baseURI).href);
	await loadScript(new URL('decap-cms-app.js', document.baseURI).href);
	const cms = window.DecapCmsApp;
	if (!cms) throw new Error('Decap CMS не запустился');
	window.CMS = cms;
	const admin = settings as AdminSettings;
	for (const [name, format] of Object.entries(admin.formats)) cms.registerCustomFormat(name, 'yaml', decapFormatter(format));
	cms.registerLocale('ru', merge(cms.getLocale('ru') ?? {}, admin.phrases));
	// Asked for on the first link check, not before the editor starts: an unreachable index must
	// not keep the whole editor from opening (the link widget then refuses to save and says why,
	// and the next check asks again).
	let registry: Promise<RegistryLookup> | undefined;
	const getRegistry = () => {
		registry ??= loadRegistry().catch((error: unknown) => {
			registry = undefined;
			throw error;
		});
		return registry;
	};
	const { DateControl, LinkControl } = createWidgets(window.React as ReactLike, getRegistry, document.baseURI);
	cms.registerWidget(WIDGETS.date, DateControl);
	cms.registerWidget(WIDGETS.link, LinkControl);
	// An account's network is the one its link leads to, set as it is saved.
	cms.registerEventListener({
		name: 'preSave',
		handler: ({ entry }) => (entry.get('collection') === 'accounts' ? followLink(entry.get('data') as ImmutableMap) : undefined),
	});
	cms.init({ config: settings.cms });
}

start().catch((error: unknown) => {
	const note = document.getElementById('admin-error');
	if (note) {
		note.hidden = false;
		note.append(String(error instanceof Error ? error.message : error));
	}
	throw error;
});
