/**
 * Writes a slice of a GUM document for the unit tests (tests/fixtures/gum/README.md): sentences
 * <first> to <last> of <file>, with the paragraph breaks, the text, and of each token what the people
 * benchmark reads (form, UPOS, XPOS, head, relation, and of MISC only Entity= and SpaceAfter=); the
 * other columns are emptied ("_").
 *
 *   node bench/accuracy/gum-slice.ts bench/corpora/gum/GUM_news_soccer.conllu 1 30 > tests/fixtures/gum/GUM_news_soccer-1-30.conllu
 */
import { readFileSync } from 'node:fs';

export function sliceGum(conllu: string, first: number, last: number): string {
	const out: string[] = [];
	let sentence = 0;
	let pendingParagraph = false;
	for (const line of conllu.split('\n')) {
		if (line.startsWith('# newdoc') || line.startsWith('# meta::sourceURL') || line.startsWith('# meta::title')) out.push(line);
		else if (line === '# newpar') pendingParagraph = true;
		else if (line.startsWith('# sent_id')) {
			sentence++;
			if (sentence < first || sentence > last) continue;
			if (pendingParagraph) out.push('# newpar');
			pendingParagraph = false;
			out.push(line);
		} else if (sentence < first || sentence > last) continue;
		else if (line.startsWith('# text = ')) out.push(line);
		else if (/^\d+\t/.test(line)) {
			const cols = line.split('\t');
			const misc = cols[9].split('|').filter((field) => /^(?:Entity|SpaceAfter)=/.test(field)).join('|') || '_';
			out.push([cols[0], cols[1], '_', cols[3], cols[4], '_', cols[6], cols[7], '_', misc].join('\t'));
		} else if (line === '') out.push('');
	}
	return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [file, first, last] = process.argv.slice(2);
	process.stdout.write(sliceGum(readFileSync(file, 'utf8'), Number(first), Number(last)));
}
