// The address index (/proverka/adresa/) as its query files it: by network and first character of
// the page name, alphabetical, aliases included, pages of a fixed size with a contents list.
import { describe, expect, it } from 'vitest';
import {
	charOf,
	fileAddresses,
	indexOf,
	OTHER,
	pageName,
	pagesOf,
	type AddressSource,
	type LetterPage,
} from '../../src/queries/address-index.ts';

const org = { id: 'primer-admin', name: 'Администрация Примерного района' };
const source = (canonical: string, alias = false, status: AddressSource['account']['status'] = 'active'): AddressSource => ({
	canonical,
	alias,
	account: {
		id: `acc-${canonical.replace(/\W/g, '-')}`,
		name: 'Страница',
		status,
		...(status === 'closed' ? { closed: '2022-03-21' } : {}),
	},
	org,
});
const names = (list: { name: string }[] | undefined) => (list ?? []).map((entry) => entry.name);

describe('page names and their characters', () => {
	it('takes the part after the network, without the «@» of a YouTube handle', () => {
		expect(pageName('vk:primer_admin')).toBe('primer_admin');
		expect(pageName('youtube:@primer')).toBe('primer');
		expect(pageName('ok:group/123')).toBe('group/123');
	});

	it('files letters and digits under themselves and anything else under one page', () => {
		expect(charOf('primer_admin')).toBe('p');
		expect(charOf('club123')).toBe('c');
		expect(charOf('123abc')).toBe('1');
		expect(charOf('_primer')).toBe(OTHER);
		expect(charOf('привет')).toBe(OTHER);
		expect(charOf('')).toBe(OTHER);
	});
});

describe('filing', () => {
	const filed = fileAddresses([
		source('vk:primer_admin'),
		source('vk:club224236283', true),
		source('vk:club45'),
		source('ok:group/70000001'),
		source('tg:primer_admin'),
		source('x:_primer'),
		source('youtube:@primer'),
		source('vk:1primer'),
		source('vk:abc'),
	]);

	it('keeps networks in the registry order and characters as letters, digits, others', () => {
		expect([...filed.keys()]).toEqual(['vk', 'ok', 'tg', 'youtube', 'x']);
		expect([...filed.get('vk')!.keys()]).toEqual(['a', 'c', 'p', '1']);
		expect([...filed.get('x')!.keys()]).toEqual([OTHER]);
	});

	it('sorts numeric addresses under their first character like the others, alias marked', () => {
		const c = filed.get('vk')!.get('c')!;
		expect(names(c)).toEqual(['club224236283', 'club45']);
		expect(c.map((entry) => entry.alias)).toEqual([true, false]);
		expect(names(filed.get('ok')!.get('g'))).toEqual(['group/70000001']);
		expect(names(filed.get('youtube')!.get('p'))).toEqual(['primer']);
	});

	it("shows each address as people read it, linked only to https on the network's own host", () => {
		const [entry] = filed.get('vk')!.get('p')!;
		expect(entry).toMatchObject({ text: 'vk.com/primer_admin', href: 'https://vk.com/primer_admin' });
		expect(filed.get('youtube')!.get('p')![0]).toMatchObject({ text: 'youtube.com/@primer', href: 'https://www.youtube.com/@primer' });
		expect(filed.get('ok')!.get('g')![0]!.text).toBe('ok.ru/group/70000001');
	});

	it('leaves an id that makes no link as plain text', () => {
		const [entry] = fileAddresses([source('vk:')])
			.get('vk')!
			.get(OTHER)!;
		expect(entry).toMatchObject({ href: null, text: 'vk:' });
	});
});

describe('pages', () => {
	const list = ['club1', 'club2', 'club3', 'club4', 'club5'].map((id) => source(`vk:${id}`));
	const index = indexOf(fileAddresses([...list, source('vk:primer_admin'), source('ig:primer', false, 'closed')]));
	const pages = pagesOf(index, 2);

	it('counts every address once per network and letter', () => {
		expect(index.total).toBe(7);
		expect(index.sections.map((s) => [s.network, s.count, s.letters.map((l) => `${l.char}:${l.count}`)])).toEqual([
			['vk', 6, ['c:5', 'p:1']],
			['ig', 1, ['p:1']],
		]);
		expect(index.sections[0]!.letters[0]!.href).toBe('/proverka/adresa/vk/c/');
	});

	it('paginates a letter at the page size, with a network page before its letters', () => {
		expect(pages.map((page) => page.path)).toEqual(['vk', 'vk/c', 'vk/c/2', 'vk/c/3', 'vk/p', 'ig', 'ig/p']);
		const third = pages[3]!.props as LetterPage;
		expect(names(third.entries)).toEqual(['club5']);
		expect([third.page, third.pageCount, third.from, third.to, third.total]).toEqual([3, 3, 5, 5, 5]);
		expect(third.pageHref(2)).toBe('/proverka/adresa/vk/c/2/');
	});

	it("lists each page's address range on the first page of a letter only", () => {
		const [first, second] = [pages[1]!.props as LetterPage, pages[2]!.props as LetterPage];
		expect(first.contents).toEqual([
			{ page: 1, href: '/proverka/adresa/vk/c/', first: 'vk.com/club1', last: 'vk.com/club2' },
			{ page: 2, href: '/proverka/adresa/vk/c/2/', first: 'vk.com/club3', last: 'vk.com/club4' },
			{ page: 3, href: '/proverka/adresa/vk/c/3/', first: 'vk.com/club5', last: 'vk.com/club5' },
		]);
		expect(second.contents).toBeNull();
		expect((pages[4]!.props as LetterPage).contents).toBeNull();
	});

	it('keeps a closed page listed with its closing date', () => {
		const [entry] = (pages[6]!.props as LetterPage).entries;
		expect(entry!.account).toMatchObject({ status: 'closed', closed: '2022-03-21' });
		expect(entry!.text).toBe('instagram.com/primer');
	});
});
