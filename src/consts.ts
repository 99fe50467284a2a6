/** Site-wide constants. The site's address comes from `SITE_URL` (see astro.config.ts). */
export const SITE_NAME = 'Backstory';
export const SITE_TAGLINE = 'The story whole, and the context that makes it make sense.';
export const SITE_DESCRIPTION =
	'Backstory turns a wire story into an explainer: the story word for word, with a timeline of every date it mentions, who’s who and where it happened.';
export const SITE_LANG = 'en';
/**
 * The publisher's logo in structured data (NewsArticle's `publisher.logo`): a wordmark that fits
 * Google's 600×60 box for publisher logos, drawn once in DejaVu Serif Bold and kept in public/.
 */
export const PUBLISHER_LOGO = { path: '/publisher-logo.png', width: 600, height: 60 } as const;

/** The content folder: `content/`, or `$BACKSTORY_CONTENT`, which tests and benchmarks point elsewhere. */
export const CONTENT_ROOT = process.env.BACKSTORY_CONTENT ?? 'content';
