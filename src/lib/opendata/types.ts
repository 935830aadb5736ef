/** Shared by the open-data generators. Pure types: nothing here runs. */

/** The site's dictionary lookup (src/i18n `t`), passed in so these modules run without Vite. */
export type Translate = (key: string, data?: Record<string, string | number>) => string;
