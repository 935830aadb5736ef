/**
 * A tagged template for HTML built as a string, for the few places where Astro's per-element
 * rendering is the cost: the rows of big tables (statistics, content plans). Every interpolated
 * value is escaped unless it is itself the result of `html`, so the template cannot be used to
 * inject markup. Interpolate only inside element content or quoted attribute values; URLs come from
 * code, never from data (only https links to known hosts are rendered from data).
 * Measured reason: a year's content-plan page rendered through components took about 4 ms.
 */
export class SafeHtml {
	readonly value: string;
	constructor(value: string) {
		this.value = value;
	}
	toString(): string {
		return this.value;
	}
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
	// Most cells are plain numbers and words: test once before building a new string.
	return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ENTITIES[char]!) : text;
}

function render(value: unknown): string {
	if (value instanceof SafeHtml) return value.value;
	if (Array.isArray(value)) return value.map(render).join('');
	if (value === null || value === undefined || value === false) return '';
	return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
	let out = strings[0]!;
	for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
	return new SafeHtml(out);
}
