/**
 * Starts Decap CMS on /admin/ (bundled by Astro as an external module: the page has no inline
 * script). Decap's prebuilt bundle expects React and ReactDOM as globals (/admin/react-globals.js,
 * see decap-assets.ts), and its react-dom refuses a React of another version, so package.json pins
 * react to the version Decap was built with (tests/unit/editor/decap-assets.test.ts checks). The
 * settings come from /admin/config.json, generated from the Zod schemas; the two formats write
 * YAML the way the checker reads it.
 */
import type { AdminSettings } from './decap.ts';
import { decapFormatter } from './format.ts';

interface DecapCms {
	init(options: { config: unknown }): void;
	registerCustomFormat(name: string, extension: string, formatter: ReturnType<typeof decapFormatter>): void;
}

declare global {
	interface Window {
		DecapCmsApp?: DecapCms;
		/** Decap's API, as its all-in-one bundle exposes it (and the browser test uses it). */
		CMS?: DecapCms;
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
	await loadScript(new URL('react-globals.js', document.baseURI).href);
	await loadScript(new URL('decap-cms-app.js', document.baseURI).href);
	const cms = window.DecapCmsApp;
	if (!cms) throw new Error('Decap CMS не запустился');
	window.CMS = cms;
	for (const [name, format] of Object.entries((settings as AdminSettings).formats)) cms.registerCustomFormat(name, 'yaml', decapFormatter(format));
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
