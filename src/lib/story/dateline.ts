/**
 * A wire story opens with its dateline: where it was filed and by whom, `TOKYO (AP) -` or `NAIROBI,
 * Kenya (AP) —`. It is an address, not a mention: the story's first link to Kenya's card belongs on
 * the sentence that speaks of Kenya, so the mention links and the cards' paragraph lists pass over it.
 * The draft tool reads the dateline and the agency from it too.
 */
export interface Dateline {
	/** The city in capitals, as the wire writes it: `TOKYO`, `ST. LOUIS`. */
	city: string;
	/** The agency in its parentheses: `AP`. */
	agency: string;
	/** How many characters of the paragraph the dateline takes, dash included. */
	length: number;
}

const OPENER = /^([A-ZÀ-Þ][A-ZÀ-Þ .'-]*[A-ZÀ-Þ.])(?:,\s*[^()]{2,40}?)?\s*\(([^)]{1,40})\)\s*(?:[-–—]{1,2}|:)/u;

/** The dateline a story's first paragraph opens with, if it has one. */
export function datelineOf(firstParagraph: string): Dateline | undefined {
	const match = OPENER.exec(firstParagraph);
	return match ? { city: match[1] as string, agency: (match[2] as string).trim(), length: match[0].length } : undefined;
}

/** The paragraphs with the first one's dateline blanked out (same length), for finding mentions. */
export function withoutDateline(paragraphs: readonly string[]): string[] {
	const [first, ...rest] = paragraphs;
	if (first === undefined) return [];
	const length = datelineOf(first)?.length ?? 0;
	return [' '.repeat(length) + first.slice(length), ...rest];
}
