/**
 * UI strings live in dictionaries, one JSON file per area of the site in
 * src/i18n/ru/, merged here. A missing key fails the build rather than showing a raw key.
 */
import acts from './ru/acts.json' with { type: 'json' };
import addresses from './ru/addresses.json' with { type: 'json' };
import check from './ru/check.json' with { type: 'json' };
import common from './ru/common.json' with { type: 'json' };
import editor from './ru/editor.json' with { type: 'json' };
import fields from './ru/fields.json' with { type: 'json' };
import findings from './ru/findings.json' with { type: 'json' };
import guide from './ru/guide.json' with { type: 'json' };
import history from './ru/history.json' with { type: 'json' };
import home from './ru/home.json' with { type: 'json' };
import moderation from './ru/moderation.json' with { type: 'json' };
import opendata from './ru/opendata.json' with { type: 'json' };
import org from './ru/org.json' with { type: 'json' };
import plans from './ru/plans.json' with { type: 'json' };
import registry from './ru/registry.json' with { type: 'json' };
import search from './ru/search.json' with { type: 'json' };
import statement from './ru/statement.json' with { type: 'json' };
import stats from './ru/stats.json' with { type: 'json' };

/**
 * Every dictionary, by file name. Imported by name rather than with Vite's import.meta.glob, so the
 * same module works in plain Node: the build writes the open-data files in a process of its own,
 * outside Astro (src/cli/write-opendata.ts). A test holds this list equal to the files in ru/.
 */
export const DICTIONARIES: Record<string, Record<string, string>> = {
	acts,
	addresses,
	check,
	common,
	editor,
	fields,
	findings,
	guide,
	history,
	home,
	moderation,
	opendata,
	org,
	plans,
	registry,
	search,
	statement,
	stats,
};

const ru: Record<string, string> = {};
for (const [file, strings] of Object.entries(DICTIONARIES)) {
	for (const [key, value] of Object.entries(strings)) {
		if (key in ru) throw new Error(`i18n: ключ «${key}» повторяется (ru/${file}.json)`);
		ru[key] = value;
	}
}

/** The Russian text for a key; `{name}` placeholders are filled from `data`. */
export function t(key: string, data: Record<string, string | number> = {}): string {
	const parts = compiled.get(key) ?? compile(key);
	if (parts.length === 1) return parts[0]!;
	let text = parts[0]!;
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i]!;
		text += (name in data ? String(data[name]) : `{${name}}`) + parts[i + 1]!;
	}
	return text;
}

/**
 * A string split once into literal, name, literal, …: `t` runs millions of times in a national-scale
 * build, and scanning each string with a regular expression every time showed in the profile.
 */
const compiled = new Map<string, string[]>();
function compile(key: string): string[] {
	const text = ru[key];
	if (text === undefined) throw new Error(`i18n: нет строки «${key}» в src/i18n/ru/*.json`);
	const parts = text.split(/\{(\w+)\}/);
	compiled.set(key, parts);
	return parts;
}
