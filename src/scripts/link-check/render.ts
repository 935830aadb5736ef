/**
 * Turns a verdict into DOM nodes. Text comes only from the page's dictionary; every value is
 * inserted as a text node (never as HTML), since the pasted link is arbitrary user input.
 */
import { accountUrl } from '../../lib/links/index.ts';
import type { Candidate, Found, Verdict } from '../../lib/lookup/index.ts';
import type { PageData } from './page-data.ts';

type Part = string | Node;

export const HEADING_ID = 'link-check-heading';

export class Renderer {
	readonly #data: PageData;
	readonly #date = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

	constructor(data: PageData) {
		this.#data = data;
	}

	/** The dictionary entry with {placeholders} replaced by text or nodes (links). */
	text(key: string, values: Record<string, Part> = {}): Part[] {
		const template = this.#data.strings[key];
		if (template === undefined) throw new Error(`link-check: no string ${key}`);
		const parts: Part[] = [];
		let last = 0;
		for (const match of template.matchAll(/\{(\w+)\}/g)) {
			parts.push(template.slice(last, match.index));
			parts.push(values[match[1] ?? ''] ?? match[0]);
			last = match.index + match[0].length;
		}
		parts.push(template.slice(last));
		return parts.filter((part) => part !== '');
	}

	plain(key: string, values: Record<string, string> = {}): string {
		return this.text(key, values).map((part) => (typeof part === 'string' ? part : (part.textContent ?? ''))).join('');
	}

	el<K extends keyof HTMLElementTagNameMap>(tag: K, parts: Part[] = [], attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
		const node = document.createElement(tag);
		for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
		node.append(...parts);
		return node;
	}

	link(href: string, label: Part[]): HTMLAnchorElement {
		return this.el('a', label, { href });
	}

	p(key: string, values: Record<string, Part> = {}): HTMLParagraphElement {
		return this.el('p', this.text(key, values));
	}

	network(network: string | null): string {
		return this.plain(`check.network.${network ?? 'unknown'}`);
	}

	date(iso: string): string {
		const [y, m, d] = iso.split('-').map(Number);
		return this.#date.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
	}

	/** An address as people read it: vk.com/primer_admin (no scheme, no trailing slash). */
	address(canonical: string): string {
		const url = accountUrl(canonical);
		return url === null ? canonical : url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');
	}

	/** A registered page: a link to the page itself (it is the official one, safe to open). */
	officialPage(canonical: string): Node {
		const url = accountUrl(canonical);
		return url === null ? this.el('strong', [canonical]) : this.link(url, [this.address(canonical)]);
	}

	/** An unregistered page: shown, never linked, so nobody is sent to an impostor from here. */
	suspectPage(canonical: string): Node {
		return this.el('strong', [this.address(canonical)], { class: 'link-check__suspect' });
	}

	#orgLink(found: Found): Node {
		return this.link(`${this.#data.paths.org}${encodeURIComponent(found.record.o)}/`, [found.record.n]);
	}

	#operator(): Node {
		return this.link(this.#data.operator.url, [this.#data.operator.name]);
	}

	#registry(): Node {
		return this.link(this.#data.paths.registry, this.text('check.registryLink'));
	}

	#more(found: Found): HTMLUListElement {
		const { account, org } = this.#data.paths;
		return this.el('ul', [
			this.el('li', [this.link(`${account}${encodeURIComponent(found.record.a)}/`, this.text('check.more.account'))]),
			this.el('li', [this.link(`${org}${encodeURIComponent(found.record.o)}/`, this.text('check.more.org'))]),
		], { class: 'link-check__more' });
	}

	#heading(key: string): HTMLHeadingElement {
		return this.el('h2', this.text(key), { id: HEADING_ID, tabindex: '-1' });
	}

	/** Nodes of the answer; the caller puts them into the live region. */
	verdict(verdict: Verdict, input: string): Node[] {
		const checked = this.el('p', this.text('check.checked', { input: this.el('span', [input], { class: 'link-check__input' }) }), { class: 'link-check__checked' });
		switch (verdict.verdict) {
			case 'official':
			case 'closed':
				return this.#registered(verdict, checked);
			case 'unknown':
				return [
					this.#heading('check.unknown.title'),
					checked,
					...this.#viaPost(verdict.via, verdict.canonical),
					this.p('check.unknown.body', { page: this.suspectPage(verdict.canonical), network: this.network(verdict.network) }),
					this.p('check.unknown.advice', { registry: this.#registry(), operator: this.#operator() }),
				];
			case 'lookalike':
				return this.#lookalike(verdict, checked);
			case 'invalid': {
				const out: Node[] = [this.#heading('check.invalid.title'), checked, this.p(`check.reason.${verdict.reason}`, { network: this.network(verdict.network) })];
				if (verdict.suggestion) {
					out.push(this.p('check.invalid.suggestion', { page: this.officialPage(verdict.suggestion.canonical), org: this.#orgLink(verdict.suggestion) }));
				}
				return out;
			}
		}
	}

	#viaPost(via: 'account' | 'post' | null, canonical: string | null): Node[] {
		return via === 'post' && canonical !== null ? [this.p('check.post', { page: this.el('strong', [this.address(canonical)]) })] : [];
	}

	#registered(verdict: Extract<Verdict, { verdict: 'official' | 'closed' }>, checked: Node): Node[] {
		const { record, canonical } = verdict.account;
		const values = { page: this.officialPage(canonical), network: this.network(verdict.network) };
		const org = this.p('check.org', { org: this.#orgLink(verdict.account) });
		const out: Node[] = [];
		if (verdict.verdict === 'closed') {
			out.push(this.#heading('check.closed.title'), checked, ...this.#viaPost(verdict.via, canonical));
			out.push(this.p('check.closed.body', { ...values, date: this.date(record.d ?? '') }), org);
			if (record.r) out.push(this.p('check.closed.reason', { reason: record.r }));
			out.push(this.p('check.closed.advice'));
		} else {
			const title = record.s === 'planned' || record.s === 'suspended' ? `check.official.${record.s}.title` : 'check.official.title';
			out.push(this.#heading(title), checked, ...this.#viaPost(verdict.via, canonical), this.p('check.official.body', values), org);
			if (record.t) out.push(this.p('check.official.pageName', { name: record.t }));
			if (record.s === 'planned' || record.s === 'suspended') out.push(this.el('p', this.text(`check.official.${record.s}`), { class: 'link-check__warning' }));
		}
		if (record.m) out.push(this.p('check.alias', { page: this.officialPage(record.m) }));
		out.push(this.#more(verdict.account));
		return out;
	}

	#lookalike(verdict: Extract<Verdict, { verdict: 'lookalike' }>, checked: Node): Node[] {
		const out: Node[] = [this.#heading('check.lookalike.title'), checked, ...this.#viaPost(verdict.via, verdict.canonical)];
		const page = verdict.canonical === null ? null : this.suspectPage(verdict.canonical);
		if (verdict.reason === 'similar-name' && page) out.push(this.p('check.lookalike.similarName', { page }));
		else if (verdict.reason === 'misspelt-numeric-form' && page) out.push(this.p('check.lookalike.misspelt', { page }));
		else {
			out.push(this.p(verdict.network === null ? 'check.lookalike.imitatesUnknown' : 'check.lookalike.imitates', { network: this.network(verdict.network) }));
			out.push(this.p(`check.reason.${verdict.reason}`, { network: this.network(verdict.network) }));
		}
		if (verdict.candidates.length > 0) {
			out.push(this.el('h3', this.text(verdict.candidates.length === 1 ? 'check.lookalike.real' : 'check.lookalike.realMany')));
			out.push(this.el('ul', verdict.candidates.map((candidate) => this.#candidate(candidate)), { class: 'link-check__candidates' }));
		}
		out.push(this.p('check.lookalike.advice', { operator: this.#operator() }));
		return out;
	}

	#candidate(candidate: Candidate): HTMLLIElement {
		const { record } = candidate;
		const parts: Part[] = this.text('check.candidate.item', { page: this.officialPage(candidate.canonical), org: this.#orgLink(candidate) });
		if (record.s === 'closed' && record.d) parts.push(' ', this.plain('check.candidate.closed', { date: this.date(record.d) }));
		parts.push(this.el('br'), this.el('span', this.text(`check.candidate.${candidate.similarity}`), { class: 'link-check__why' }));
		return this.el('li', parts, { 'data-candidate': record.a });
	}
}
