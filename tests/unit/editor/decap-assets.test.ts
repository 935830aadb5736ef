/**
 * Decap's prebuilt bundle is served from the site, and its bundled react-dom refuses any React but
 * its own version («Minified React error #527»): package.json must pin react and react-dom to it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	BUNDLE_FIXES,
	BUNDLE_TEXT,
	decapAssetNames,
	decapReactVersion,
	localiseEntry,
	readDecapAsset,
	reactGlobalsScript,
} from '../../../src/editor/decap-assets.ts';
import { runInNewContext } from 'node:vm';
import { decapPhrases } from '../../../src/editor/decap.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

describe('Decap bundle', () => {
	it('has its entry file and chunks, and no source maps are served', () => {
		const names = decapAssetNames();
		expect(names).toContain('decap-cms-app.js');
		expect(names.filter((n) => /^\d+\.decap-cms-app\.js$/.test(n)).length).toBeGreaterThan(10);
		expect(names.some((n) => n.endsWith('.map'))).toBe(false);
	});

	it('react and react-dom are pinned to the version Decap was built with', () => {
		const version = decapReactVersion();
		expect(version).toMatch(/^19\./);
		expect(pkg.dependencies.react).toBe(version);
		expect(pkg.dependencies['react-dom']).toBe(version);
		expect(JSON.parse(readFileSync(resolve(ROOT, 'node_modules/react/package.json'), 'utf8')).version).toBe(version);
	});

	it('serves React and ReactDOM as globals, production builds whatever NODE_ENV the build runs with', () => {
		const window: Record<string, { version?: string; createPortal?: unknown }> = {};
		runInNewContext(reactGlobalsScript(), { window, setTimeout, queueMicrotask, MessageChannel, console });
		expect(window.React?.version).toBe(decapReactVersion());
		expect(window.ReactDOM?.version).toBe(decapReactVersion());
		expect(typeof window.ReactDOM?.createPortal).toBe('function');
		// Development builds are wrapped in this test; production builds have none.
		expect(reactGlobalsScript()).not.toContain('"production" !== process.env.NODE_ENV');
	});

	it("serves the entry file with the pick lists' hard-coded English in Russian («No options» showed under the organisation field)", () => {
		const served = new TextDecoder().decode(readDecapAsset('decap-cms-app.js'));
		// Booleans, not the 4.7 MB file, in a failure message.
		for (const english of ['"No options"', '"Select..."', 'return"Loading..."}', '?"Loading...":t'])
			expect(served.includes(english), english).toBe(false);
		expect(served.includes('return"Ничего не найдено"')).toBe(true);
		expect(served.includes('placeholder:"Выберите…"')).toBe(true);
		// What a screen reader hears in a pick list (react-select's live region) is Russian too.
		for (const english of [
			'Use Up and Down to choose options',
			', deselected.',
			' is disabled. Select another option.',
			'" for search term "',
			'," result")',
		])
			expect(served.includes(english), english).toBe(false);
		expect(served.includes('"Стрелками вверх и вниз выберите вариант, Enter — выбрать, Escape — закрыть список"')).toBe(true);
		// Everything else byte for byte: only the listed texts change.
		const original = readFileSync(resolve(ROOT, 'node_modules/decap-cms-app/dist/decap-cms-app.js'), 'utf8');
		expect(served.length - original.length).toBe(
			[...BUNDLE_TEXT, ...BUNDLE_FIXES].reduce((sum, [from, to]) => sum + to.length - from.length, 0),
		);
	}, 60_000);

	it('serves the save state corrected: a field set to its own value is no change, a new form is not «saved»', () => {
		const served = new TextDecoder().decode(readDecapAsset('decap-cms-app.js'));
		// Decap's own reducer decided «changed» from the saved versions alone, which a just-saved new
		// entry does not have yet when the organisation pick list repeats its value.
		expect(served.includes('e.set("hasChanged",!o.some(')).toBe(false);
		expect(served.includes('portalData.equals(c)&&(portalMeta===d||portalMeta&&d&&portalMeta.equals(d))?e.get("hasChanged"):')).toBe(true);
		expect(served.includes('children:a("editor.editorToolbar.changesSaved")')).toBe(false);
		expect(served.includes('this.props.isNewEntry?"editor.editorToolbar.newEntry":"editor.editorToolbar.changesSaved"')).toBe(true);
		// The organisation pick list's search ranked by the portal's word match when the admin script set it.
		expect(served.includes('window.portalRankHits?window.portalRankHits(n,a,')).toBe(true);
		// A list's heading counted in Russian plural forms when the admin script set it.
		expect(served.includes('heading:window.portalListHeading?window.portalListHeading(n.get("count_forms"),l.size):')).toBe(true);
		// The phrase the new form shows exists, in Russian, among the phrases merged over Decap's.
		const toolbar = (decapPhrases().editor as { editorToolbar: Record<string, string> }).editorToolbar;
		expect(toolbar.newEntry).toMatch(/^[А-ЯЁ][а-яё ,]+$/);
		expect(toolbar.unsavedChanges).toMatch(/^[А-ЯЁ][а-яё ]+$/);
		expect(toolbar.changesSaved).toMatch(/^[А-ЯЁ][а-яё ]+$/);
	}, 60_000);

	it('fails loudly when an upgraded bundle no longer has a text to replace', () => {
		expect(() => localiseEntry('var x = 1;')).toThrow(/found 0 times/);
	});
});
