/**
 * One answer for whatever a citizen pasted: the contract shared by the page, `npm run lookup`
 * and the tests. Reads the input (read-input.ts), asks the shards (lookup.ts) and says, in stable
 * codes, what the input is: official, formerly official, a look-alike of named real pages, a
 * registered name, an organisation's contact, not registered, or not an account at all.
 */
import { HIDDEN, HIDDEN_ALL, hasNonAscii } from '../links/chars.ts';
import type { Network } from '../links/index.ts';
import { siteKey } from './keys.ts';
import { checkLink, foldLookalikes, type RegistryLookup } from './lookup.ts';
import { readInput, type Question } from './read-input.ts';
import { handleNameKey } from './similarity.ts';
import type { Candidate, ContactRecord, Found, Similarity, Via } from './types.ts';

export const ANSWER_VERDICTS = [
	'official',
	'formerly-official',
	'lookalike',
	'name-registered',
	'official-contact',
	'not-registered',
	'not-an-account',
] as const;
export type AnswerVerdict = (typeof ANSWER_VERDICTS)[number];

export type InputKind = 'link' | 'handle' | 'email' | 'phone' | 'none';

export interface AnswerAccount extends Found {
	/** Why a look-alike names this page (absent for the page itself). */
	similarity?: Similarity;
}

export interface Answer {
	input: string;
	kind: InputKind;
	verdict: AnswerVerdict;
	/** Stable code: the canonicaliser's reason, or one of this module's (see docs/lookup.md). */
	reason: string;
	/** The pages the answer is about; for a look-alike, the real pages it imitates. */
	accounts: AnswerAccount[];
	/** The organisations that list the contact (website, e-mail, phone). */
	orgs: ContactRecord[];
	/** What was checked: the link taken from the text, the handle, the contact; null for none. */
	checked: string | null;
	/** Links found in the text (the first is checked); 0 for other kinds. */
	links: number;
	network: Network | null;
	/** The checked page's own canonical id, when it is a valid address. */
	canonical: string | null;
	via: Via | null;
}

/** The line `npm run lookup` prints: fixed key order, ids only. */
export function answerLine(answer: Answer): { input: string; verdict: AnswerVerdict; accounts: string[]; orgs: string[]; reason: string } {
	return {
		input: answer.input,
		verdict: answer.verdict,
		accounts: answer.accounts.map((account) => account.record.a),
		orgs: answer.orgs.map((org) => org.o),
		reason: answer.reason,
	};
}

type Base = Pick<Answer, 'input' | 'kind' | 'checked' | 'links'>;

function make(base: Base, verdict: AnswerVerdict, reason: string, rest: Partial<Answer> = {}): Answer {
	return { ...base, verdict, reason, accounts: [], orgs: [], network: null, canonical: null, via: null, ...rest };
}

async function linkAnswer(base: Base, question: Extract<Question, { kind: 'link' }>, registry: RegistryLookup): Promise<Answer> {
	const verdict = await checkLink(question.text, registry);
	switch (verdict.verdict) {
		case 'official':
		case 'closed': {
			const { network, canonical, via } = verdict;
			return make(
				base,
				verdict.verdict === 'official' ? 'official' : 'formerly-official',
				verdict.verdict === 'official' ? 'registered' : 'closed',
				{ accounts: [verdict.account], network, canonical, via },
			);
		}
		case 'unknown': {
			const { network, canonical, via } = verdict;
			const elsewhere = verdict.elsewhere.length > 0;
			return make(base, 'not-registered', elsewhere ? 'name-registered-elsewhere' : 'not-in-registry', {
				accounts: verdict.elsewhere,
				network,
				canonical,
				via,
			});
		}
		case 'lookalike': {
			// A site whose name merely contains a brand word may be an organisation's own.
			if (verdict.reason === 'brand-host') {
				const listed = await websiteOwners(question.text, registry);
				if (listed.length > 0) return make(base, 'official-contact', 'website', { orgs: listed });
			}
			const { network, canonical, via, candidates } = verdict;
			return make(base, 'lookalike', verdict.reason, { accounts: candidates, network, canonical, via });
		}
		case 'invalid': {
			if (verdict.suggestion !== undefined)
				return make(base, 'lookalike', 'misspelt-numeric-form', { accounts: [verdict.suggestion], network: verdict.network });
			if (verdict.reason === 'other-site') {
				const listed = await websiteOwners(question.text, registry);
				if (listed.length > 0) return make(base, 'official-contact', 'website', { orgs: listed });
			}
			return make(base, 'not-an-account', verdict.reason, { network: verdict.network });
		}
	}
}

async function websiteOwners(text: string, registry: RegistryLookup): Promise<ContactRecord[]> {
	const key = siteKey(text);
	return key === null ? [] : registry.contact(key);
}

async function handleAnswer(base: Base, name: string, registry: RegistryLookup): Promise<Answer> {
	const visible = name.replace(HIDDEN_ALL, '');
	const folded = foldLookalikes(visible).toLowerCase();
	// Hidden characters, or letters of another script that pass for Latin ones (@primer_kultурa).
	const hidden = HIDDEN.test(name);
	if (hidden || (hasNonAscii(visible) && !hasNonAscii(folded))) {
		const reason = hidden ? 'hidden-characters' : 'confusable-name';
		const real = (await registry.named(folded)).map((hit): Candidate => ({ ...hit, similarity: 'same-address' }));
		const accounts = real.length > 0 ? real : await similarOrAffixed(folded, registry);
		return make(base, 'lookalike', reason, { accounts });
	}
	const id = visible.toLowerCase();
	const found = await registry.named(id);
	if (found.length > 0) {
		const closed = found.every((hit) => hit.record.s === 'closed');
		return make(base, closed ? 'formerly-official' : 'name-registered', closed ? 'closed' : 'handle-registered', { accounts: found });
	}
	const accounts = await similarOrAffixed(id, registry);
	if (accounts.length > 0)
		return make(base, 'lookalike', accounts[0]?.similarity === 'impostor-affix' ? 'impostor-affix' : 'similar-name', { accounts });
	return make(base, 'not-registered', 'handle-not-registered');
}

async function similarOrAffixed(name: string, registry: RegistryLookup): Promise<Candidate[]> {
	const affixed = await registry.affixed(name, null);
	return affixed.length > 0 ? affixed : registry.similar(handleNameKey(name));
}

async function contactAnswer(base: Base, key: string, kind: 'email' | 'phone', registry: RegistryLookup): Promise<Answer> {
	const orgs = await registry.contact(key);
	return orgs.length > 0 ? make(base, 'official-contact', kind, { orgs }) : make(base, 'not-registered', 'contact-not-listed');
}

/** Answers one pasted text. Rejects only when a shard cannot be loaded. */
export async function lookup(input: string, registry: RegistryLookup): Promise<Answer> {
	const question = readInput(input);
	const text = typeof input === 'string' ? input : String(input);
	if (question.kind === 'none') return make({ input: text, kind: 'none', checked: null, links: 0 }, 'not-an-account', question.reason);
	const base: Base = { input: text, kind: question.kind, checked: question.text, links: question.kind === 'link' ? question.links : 0 };
	switch (question.kind) {
		case 'link':
			return linkAnswer(base, question, registry);
		case 'handle':
			return handleAnswer(base, question.name, registry);
		case 'email':
		case 'phone':
			return contactAnswer(base, question.key, question.kind, registry);
	}
}
