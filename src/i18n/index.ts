/**
 * UI strings live in dictionaries (style-models §23), one JSON file per area of the site in
 * src/i18n/ru/, merged here. A missing key fails the build rather than showing a raw key.
 */
const modules = import.meta.glob<{ default: Record<string, string> }>('./ru/*.json', { eager: true });

const ru: Record<string, string> = {};
for (const [file, module] of Object.entries(modules)) {
	for (const [key, value] of Object.entries(module.default)) {
		if (key in ru) throw new Error(`i18n: ключ «${key}» повторяется (${file})`);
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
