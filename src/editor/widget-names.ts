/**
 * The portal's own widgets (src/editor/widgets.ts), by the names the generated configuration uses
 * and the admin page registers: dates typed and shown as ДД.ММ.ГГГГ and stored as ISO, and the
 * account link checked against the registry. Apart from decap.ts, so the admin page's bundle does
 * not take in the schemas.
 */
export const WIDGETS = { date: 'portal-date', link: 'portal-link' } as const;
