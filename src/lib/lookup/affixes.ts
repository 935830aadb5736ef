/**
 * Impostor names built from a registered one: the real name plus a word that claims authenticity
 * or a region (`primer_muzey_official`, `official_primer_muzey`, `primer_muzey_ru`) or a digit
 * (`primer_muzey1`). Too far from the real name for one-edit matching, yet the commonest way to
 * register a convincing name once the real one is taken.
 */

const PREFIXES = ['official_', 'oficial_', 'offical_', 'real_', 'the_', 'new_', 'official', 'real'];
const SUFFIXES = [
	'_official',
	'_oficial',
	'_offical',
	'_officia1',
	'official',
	'_ofic',
	'_off',
	'_real',
	'_ru',
	'_rf',
	'_rus',
	'_gov',
	'_info',
	'_news',
	'_online',
	'_channel',
	'_kanal',
	'_group',
	'_page',
	'_team',
	'_press',
	'.ru',
	'_1',
	'_2',
	'1',
	'2',
	'_',
];
// A base shorter than this is too generic to name a real page (`adm`, `mo`).
const MIN_BASE = 4;

/** Registered-name candidates inside `name`: each known prefix or suffix removed once; the most removed first. */
export function affixBases(name: string): string[] {
	const bases = new Set<string>();
	for (const suffix of SUFFIXES) {
		if (!name.endsWith(suffix) || name.length - suffix.length < MIN_BASE) continue;
		const base = name.slice(0, -suffix.length);
		// primer_school12 is school 12, not school 1 with a digit added.
		if (/\d$/.test(suffix) && /\d$/.test(base)) continue;
		bases.add(base);
	}
	for (const prefix of PREFIXES) {
		if (name.startsWith(prefix) && name.length - prefix.length >= MIN_BASE) bases.add(name.slice(prefix.length));
	}
	return [...bases].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
}
