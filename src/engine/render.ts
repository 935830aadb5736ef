/** Message templates: `{{name}}` placeholders, as ESLint's. A missing value is shown, not hidden. */
export function renderTemplate(template: string, data: Record<string, string | number>): string {
	return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => (key in data ? String(data[key]) : `{{${key}}}`));
}
