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
	const text = ru[key];
	if (text === undefined) throw new Error(`i18n: нет строки «${key}» в src/i18n/ru/*.json`);
	return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in data ? String(data[name]) : `{${name}}`));
}
