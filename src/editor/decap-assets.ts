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
	return readdirSync(distDir()).filter((name) => /\.(js|wasm|txt)$/.test(name)).sort();
}

export function readDecapAsset(name: string): Uint8Array<ArrayBuffer> {
	if (!decapAssetNames().includes(name)) throw new Error(`not a Decap asset: ${name}`);
	const bytes = readFileSync(join(distDir(), name));
	return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

/** The React version Decap's bundle was built against: its bundled react-dom refuses any other. */
export function decapReactVersion(): string | undefined {
	const entry = readFileSync(join(distDir(), 'decap-cms-app.js'), 'utf8');
	return /rendererPackageName:"react-dom",[^}]*?reconcilerVersion:"([^"]+)"/.exec(entry)?.[1] ?? /version:"(19\.[^"]+)",rendererPackageName:"react-dom"/.exec(entry)?.[1];
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
