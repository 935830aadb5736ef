/**
 * The files of Decap's prebuilt bundle the admin page needs, and the React globals it expects, found
 * through Node's resolver from the project root (the build runs there; the bundled page code may
 * not live next to node_modules).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const packageDir = (name: string) => dirname(createRequire(join(process.cwd(), 'package.json')).resolve(`${name}/package.json`));

function distDir(): string {
	return join(packageDir('decap-cms-app'), 'dist');
}

/** Entry file, chunks, WebAssembly and licence notices; never source maps. */
export function decapAssetNames(): string[] {
	return readdirSync(distDir())
		.filter((name) => /\.(js|wasm|txt)$/.test(name))
		.sort();
}

/**
 * English that Decap's bundle hard-codes outside its phrase books: the defaults of react-select, the
 * pick list of its select and relation widgets («No options» when nothing matches, «Select...»,
 * «Loading...»). Replaced in the entry file as it is served; each must match exactly once, so an
 * upgrade that changes them fails tests/unit/editor/decap-assets.test.ts instead of showing English.
 */
export const BUNDLE_TEXT: readonly (readonly [string, string])[] = [
	['noOptionsMessage:function(){return"No options"}', 'noOptionsMessage:function(){return"Ничего не найдено"}'],
	['loadingMessage:function(){return"Loading..."}', 'loadingMessage:function(){return"Загрузка…"}'],
	['placeholder:"Select..."', 'placeholder:"Выберите…"'],
	['n=void 0===t?"No options":t', 'n=void 0===t?"Ничего не найдено":t'],
	['n=void 0===t?"Loading...":t', 'n=void 0===t?"Загрузка…":t'],
	// What react-select tells screen readers (its aria-live region), which Decap does not translate.
	[
		'"Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu"',
		'"Стрелками вверх и вниз выберите вариант, Enter — выбрать, Escape — закрыть список"',
	],
	['", press Tab to select the option and exit the menu"', '", Tab — выбрать и закрыть список"'],
	['"Select"," is focused "', '"Список"," в фокусе"'],
	['",type to refine list"', '", печатайте, чтобы сузить список"'],
	['", press Down to open the menu, "', '", стрелка вниз открывает список"'],
	['" press left to focus selected values"', '", стрелка влево — к выбранным значениям"'],
	[
		'"Use left and right to toggle between focused values, press Backspace to remove the currently focused value"',
		'"Стрелками влево и вправо переходите между значениями, Backspace удаляет значение в фокусе"',
	],
	['return"option ".concat(r,", deselected.")', 'return"вариант ".concat(r,": выбор снят.")'],
	['"All selected options have been cleared."', '"Все выбранные варианты сняты."'],
	['return"option".concat(i.length>1?"s":""," ").concat(i.join(","),", selected.")', 'return"выбрано: ".concat(i.join(", "),".")'],
	[
		'return"option ".concat(r,o?" is disabled. Select another option.":", selected.")',
		'return"вариант ".concat(r,o?" недоступен, выберите другой.":": выбран.")',
	],
	['"".concat(e.indexOf(t)+1," of ").concat(e.length)', '"".concat(e.indexOf(t)+1," из ").concat(e.length)'],
	['return"value ".concat(o," focused, ")', 'return"значение ".concat(o," в фокусе, ")'],
	['" disabled":""', '" недоступен":""'],
	['"".concat(l?" selected":"")', '"".concat(l?" выбран":"")'],
	['" for search term "+t:""', '" по запросу «"+t+"»":""'],
	['return"".concat(t," result").concat(1!==t?"s":""," available")', 'return"найдено вариантов: ".concat(t)'],
];

/**
 * Two places where Decap's editor tells the clerk the wrong save state, corrected in the entry file
 * as it is served (like BUNDLE_TEXT, each must match exactly once, so an upgrade that changes them
 * fails tests/unit/editor/decap-assets.test.ts instead of silently showing the wrong state again):
 *
 * - A field set to the value it already has is not a change. The relation widget (the organisation
 *   pick list) repeats its value when it mounts, to pass the organisation's data along, and Decap
 *   then decides «changed» by comparing the draft with the entry's saved versions. Right after a
 *   new entry is saved, the form is rebuilt before the editor has followed the entry to its new
 *   address, so it compares with no saved version at all and shows «unsaved changes» for an entry
 *   just saved. The reducer keeps the draft's state when the data and meta did not change.
 * - A new form nobody has typed into has nothing to be «saved»: Decap shows «changes saved» for
 *   every draft without changes; a new entry gets its own phrase (editor.editorToolbar.newEntry).
 * - The organisation pick list's search (the relation widget's query) is ranked by the portal's
 *   word match (org-search.ts, set as `window.portalRankHits` by the admin script) over Decap's
 *   fuzzy result, which ranks a word's beginning no better than letters scattered through a name.
 * - A list's heading is «<count> <label>», English-style («0 другие формы адреса»): it takes the
 *   Russian plural form of the list's word and shows no count for an empty list (list-heading.ts,
 *   set as `window.portalListHeading`).
 */
export const BUNDLE_FIXES: readonly (readonly [string, string])[] = [
	[
		'u=a&&Bh(a.currentLocale,a.defaultLocale)||["data"];l?e.setIn(["entry","meta",s],r)',
		'u=a&&Bh(a.currentLocale,a.defaultLocale)||["data"],portalData=e.getIn(["entry",...u]),portalMeta=e.getIn(["entry","meta"]);l?e.setIn(["entry","meta",s],r)',
	],
	[
		'e.set("hasChanged",!o.some(e=>c.equals(e.get(...u)))||!o.some(e=>d.equals(e.get("meta"))))',
		'e.set("hasChanged",portalData&&c&&portalData.equals(c)&&(portalMeta===d||portalMeta&&d&&portalMeta.equals(d))?e.get("hasChanged"):!o.some(e=>c.equals(e.get(...u)))||!o.some(e=>d.equals(e.get("meta"))))',
	],
	[
		':Rn(MA,{children:a("editor.editorToolbar.changesSaved")})',
		':Rn(MA,{children:a(this.props.isNewEntry?"editor.editorToolbar.newEntry":"editor.editorToolbar.changesSaved")})',
	],
	['heading:`${l.size} ${d}`', 'heading:window.portalListHeading?window.portalListHeading(n.get("count_forms"),l.size):`${l.size} ${d}`'],
	[
		'let s=Wi.filter(n,a,{extract:e=>Lf(e.field,e)}).sort(Mf).map(e=>e.original);',
		'let s=(portalFuzzy=>window.portalRankHits?window.portalRankHits(n,a,portalItem=>Lf(portalItem.field,portalItem),portalFuzzy,t):portalFuzzy)(Wi.filter(n,a,{extract:e=>Lf(e.field,e)}).sort(Mf)).map(e=>e.original);',
	],
];

/** The entry file with BUNDLE_TEXT and BUNDLE_FIXES replaced; throws when one of them is not found exactly once. */
export function localiseEntry(source: string): string {
	let out = source;
	for (const [from, to] of [...BUNDLE_TEXT, ...BUNDLE_FIXES]) {
		const count = out.split(from).length - 1;
		if (count !== 1) throw new Error(`decap-cms-app.js: «${from}» found ${count} times, expected once`);
		out = out.replace(from, to);
	}
	return out;
}

export function readDecapAsset(name: string): Uint8Array<ArrayBuffer> {
	if (!decapAssetNames().includes(name)) throw new Error(`not a Decap asset: ${name}`);
	if (name === 'decap-cms-app.js')
		return new TextEncoder().encode(localiseEntry(readFileSync(join(distDir(), name), 'utf8'))) as Uint8Array<ArrayBuffer>;
	const bytes = readFileSync(join(distDir(), name));
	return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/** The React version Decap's bundle was built against: its bundled react-dom refuses any other. */
export function decapReactVersion(): string | undefined {
	const entry = readFileSync(join(distDir(), 'decap-cms-app.js'), 'utf8');
	return (
		/rendererPackageName:"react-dom",[^}]*?reconcilerVersion:"([^"]+)"/.exec(entry)?.[1] ??
		/version:"(19\.[^"]+)",rendererPackageName:"react-dom"/.exec(entry)?.[1]
	);
}

/**
 * React and ReactDOM as the globals Decap's UMD bundle takes (`window.React`, `window.ReactDOM`):
 * their production CommonJS builds wrapped in a few lines, read from node_modules as they are. Not
 * bundled through Vite, whose choice of build follows NODE_ENV (a test runner's `test` would give
 * the development React, which the production react-dom inside Decap cannot work with).
 */
export function reactGlobalsScript(): string {
	const read = (name: string, file: string) => readFileSync(join(packageDir(name), 'cjs', file), 'utf8');
	const wrap = (global: string, source: string) =>
		`(function () {\nvar module = { exports: {} }, exports = module.exports;\nvar require = function (name) { if (name === 'react') return window.React; throw new Error('react-globals: ' + name); };\n${source}\nwindow.${global} = module.exports;\n})();\n`;
	return `// React and ReactDOM for Decap CMS (src/editor/decap-assets.ts).\n${wrap('React', read('react', 'react.production.js'))}${wrap('ReactDOM', read('react-dom', 'react-dom.production.js'))}`;
}
