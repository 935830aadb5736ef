/**
 * Check digits of Russian legal-entity identifiers. A mistyped INN or OGRN in the registry would
 * point citizens at the wrong organisation, so the schema rejects numbers whose check digit fails.
 */

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** INN of a legal entity: 10 digits, the last is the check digit (order of the Federal Tax Service). */
export function isValidInn(value: string): boolean {
	if (!/^\d{10}$/.test(value)) return false;
	const digits = [...value].map(Number);
	const sum = INN10_WEIGHTS.reduce((acc, weight, i) => acc + weight * digits[i]!, 0);
	return (sum % 11) % 10 === digits[9];
}

/** OGRN: 13 digits, the last is (first twelve as a number mod 11) mod 10. */
export function isValidOgrn(value: string): boolean {
	if (!/^\d{13}$/.test(value)) return false;
	// The first twelve digits fit in a double exactly (< 2^53).
	return (Number(value.slice(0, 12)) % 11) % 10 === Number(value[12]);
}
