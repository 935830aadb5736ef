/**
 * Ships to the browser. The search page: Pagefind UI (a global from /pagefind/pagefind-ui.js, which
 * `pagefind --site` writes after the build; module scripts run after classic ones, so it is defined
 * by now), plus what Pagefind cannot do itself:
 * - counts in Russian plural forms: Pagefind knows only «one» and «many», so its message is set
 *   with the «many» form and the word after the number is put in the form Intl.PluralRules picks;
 * - an organisation by its ИНН or ОГРН exactly: codes are not index words (src/queries/org-codes.ts),
 *   so a query of 10, 12, 13 or 15 digits is looked up in /poisk/kody/<last two digits>.json and
 *   answered in the status region, with Pagefind's word matches for the number hidden.
 * Every text comes from data attributes (the dictionary).
 */

interface PagefindUIInstance {
	triggerSearch(term: string): void;
}
interface CodeEntry {
	href: string;
	name: string;
}

const PagefindUI = (window as unknown as { PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance }).PagefindUI;
const element = document.getElementById('search');
const answer = document.getElementById('code-answer');
const CODE = /^(?:\d{10}|\d{12}|\d{13}|\d{15})$/;

if (PagefindUI && element && answer) {
	const data = element.dataset;
	const forms = (data.resultForms ?? '').split('|');
	const many = forms[2] ?? '';
	const message = (noun: string) => (data.resultMessage ?? '').replace('{noun}', noun);
	const ui = new PagefindUI({
		element: '#search',
		showSubResults: true,
		showImages: false,
		resetStyles: false,
		translations: {
			placeholder: data.placeholder,
			zero_results: data.zero,
			one_result: message(forms[0] ?? ''),
			many_results: message(many),
		},
	});

	const plural = new Intl.PluralRules('ru');
	const formOf = (count: number) => forms[{ one: 0, few: 1 }[plural.select(count) as string] ?? 2] ?? many;
	/** Puts the noun after the leading count in its form; edits the text node Pagefind owns in place. */
	const fixCount = () => {
		const node = element.querySelector('.pagefind-ui__message')?.firstChild;
		if (!(node instanceof Text)) return;
		const match = /^(\d+)(\s)(\S+)/.exec(node.data);
		if (!match || !forms.includes(match[3]!)) return;
		const noun = formOf(Number(match[1]));
		if (noun !== match[3]) node.data = match[1]! + match[2]! + noun + node.data.slice(match[0].length);
	};
	new MutationObserver(fixCount).observe(element, { childList: true, subtree: true, characterData: true });

	let asked = '';
	const lookUp = async (query: string) => {
		const code = query.replace(/\s/g, '');
		const isCode = CODE.test(code);
		element.classList.toggle('search--code', isCode);
		if (!isCode) {
			asked = '';
			answer.replaceChildren();
			return;
		}
		asked = code;
		let found: CodeEntry | undefined;
		try {
			const response = await fetch(`/poisk/kody/${code.slice(-2)}.json`);
			if (!response.ok) throw new Error(String(response.status));
			found = ((await response.json()) as Record<string, CodeEntry>)[code];
		} catch {
			if (asked === code) answer.textContent = data.codeError ?? '';
			return;
		}
		// A later query may have been typed while this one was read.
		if (asked !== code) return;
		if (!found) {
			answer.textContent = (data.codeMissing ?? '').replace('{code}', code);
			return;
		}
		const link = document.createElement('a');
		link.href = found.href;
		link.textContent = found.name;
		const [before = '', after = ''] = (data.codeFound ?? '').replace('{code}', code).split('{org}');
		answer.replaceChildren(before, link, after);
	};
	element.addEventListener('input', (event) => {
		if (event.target instanceof HTMLInputElement) void lookUp(event.target.value.trim());
	});

	// ?q= lets the 404 page and bookmarks open a search directly.
	const query = new URLSearchParams(location.search).get('q');
	if (query) {
		ui.triggerSearch(query);
		void lookUp(query.trim());
	}
}
