/**
 * Makes fictional but check-digit-valid INN and OGRN numbers (the schema rejects bad check digits,
 * see src/schemas/russian-ids.ts). Pure string arithmetic, cheap enough for the bench hot loop.
 */

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** Check digit of a legal entity's INN from its first nine digits. */
export function innCheckDigit(first9: string): number {
	let sum = 0;
	for (let i = 0; i < 9; i++) sum += INN10_WEIGHTS[i]! * (first9.charCodeAt(i) - 48);
	return (sum % 11) % 10;
}

/** Check digit of an OGRN from its first twelve digits (fits a double exactly). */
export function ogrnCheckDigit(first12: string): number {
	return (Number(first12) % 11) % 10;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * INN: region (2) + tax office (2) + serial (5) + check digit.
 * @param office four digits, e.g. `9901` (region 99 keeps demo numbers away from real regions)
 */
export function makeInn(office: string, serial: number): string {
	if (!/^\d{4}$/.test(office)) throw new Error(`tax office must be four digits: ${office}`);
	const first9 = office + pad(serial % 100000, 5);
	return first9 + innCheckDigit(first9);
}

/**
 * OGRN: sign 1 (legal entity) + year (2) + region (2) + tax office (2) + record (5) + check digit.
 */
export function makeOgrn(year: number, office: string, serial: number): string {
	if (!/^\d{4}$/.test(office)) throw new Error(`tax office must be four digits: ${office}`);
	const first12 = '1' + pad(year % 100, 2) + office + pad(serial % 100000, 5);
	return first12 + ogrnCheckDigit(first12);
}
