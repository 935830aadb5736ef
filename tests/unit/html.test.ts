import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from '../../src/lib/html.ts';

describe('html', () => {
	it('escapes every interpolated string, in text and in attributes', () => {
		const value = `<script>alert("x")</script> & 'q'`;
		expect(html`<td title="${value}">${value}</td>`.value).toBe(
			'<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</td>',
		);
	});

	it('keeps nested html as markup, and arrays joined', () => {
		const cells = ['a<b', 'c'].map((cell) => html`<td>${cell}</td>`);
		expect(html`<tr>${cells}</tr>`.value).toBe('<tr><td>a&lt;b</td><td>c</td></tr>');
		expect(html`${html`<b>${'x'}</b>`}`).toBeInstanceOf(SafeHtml);
	});

	it('writes nothing for null, undefined and false, and numbers as text', () => {
		expect(html`[${null}${undefined}${false}${0}${12.5}]`.value).toBe('[012.5]');
	});

	it('does not treat a string that looks like markup as markup', () => {
		const lookalike = { value: '<b>' };
		expect(html`${lookalike}`.value).toBe('[object Object]');
		expect(escapeHtml('<b>')).toBe('&lt;b&gt;');
	});
});
