/** What the draft tool reads from a wire story, whatever format it came in. */
import type { CalendarDate } from '../lib/dates/calendar';
import { datelineOf } from '../lib/story/dateline';

export interface WireStory {
	/** The headline. */
	title: string;
	/** The wire's summary (standfirst), when it sent one. */
	description?: string;
	/** The body, one entry per paragraph, word for word. */
	paragraphs: string[];
	/** The writers it names ("MARIA SANTOS", from a line "By MARIA SANTOS"), as the wire wrote them. */
	byline?: string;
	/** Who wrote it, when the input says so (`The Associated Press`). */
	source?: string;
	/** Where it was filed from, as the story opens (`TOKYO`). */
	dateline?: string;
	/** The publication day, when the input carries one. */
	published?: CalendarDate;
	/** People and places the sender already tagged (ninjs `people`, `places`, `located`). */
	tagged: { people: string[]; places: TaggedPlace[] };
	/** What was changed or left out while reading, for the editor (`removed 2 invisible characters ...`). */
	notes?: string[];
}

export interface TaggedPlace {
	name: string;
	/** [latitude, longitude], when the sender gave a GeoJSON point. */
	coordinates?: [number, number];
}

/** The input is not a story the tool can read; nothing has been written. */
export class InputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InputError';
	}
}

// Wire services name themselves in the dateline: `TOKYO (AP) -`, `PARIS (Reuters) -`.
const AGENCIES: Record<string, string> = {
	AP: 'The Associated Press',
	Reuters: 'Reuters',
	AFP: 'Agence France-Presse',
	dpa: 'Deutsche Presse-Agentur',
	UPI: 'United Press International',
	PA: 'PA Media',
	ANSA: 'ANSA',
	Kyodo: 'Kyodo News',
	Yonhap: 'Yonhap',
};

/**
 * The writers named by a byline paragraph ("By MARIA SANTOS", "By Jane Doe and Kim Tong-hyung"), or
 * undefined: a byline is short, begins "By" and a capital, and never ends like a sentence. It is the
 * story's credit, not its first paragraph: left in, it would be read as the summary, and its city
 * and agency would not be found in the dateline after it.
 */
export function bylineOf(paragraph: string): string | undefined {
	const m = /^By\s+(\p{Lu}[\p{L}\p{M}.'’ -]*(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}\p{M}.'’ -]*)*)$/u.exec(paragraph.trim());
	if (!m || m[1].split(/\s+/).length > 12 || /[.!?]$/.test(m[1].replace(/\b\p{Lu}\.$/u, ''))) return undefined;
	return m[1].trim();
}

/**
 * The dateline and agency of a story's first paragraph: `TOKYO (AP) - ...` gives `TOKYO` and
 * The Associated Press; `GROSSETO, Italy (AP) -- ...` gives `GROSSETO`.
 */
export function readDateline(firstParagraph: string): { dateline?: string; source?: string } {
	const dateline = datelineOf(firstParagraph);
	return dateline ? { dateline: dateline.city, source: AGENCIES[dateline.agency] } : {};
}
