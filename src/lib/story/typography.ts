/**
 * A line of plain text with the punctuation the story is shown with: straight quotes curled, `--` an
 * em dash, `...` an ellipsis (SmartyPants, as src/markdown/remark-smart-punctuation.ts gives the story).
 * For the texts shown beside the story (the headline, the summary): "Georgia's president" above a
 * story that reads "Georgia’s path" would look like two hands at work.
 */
import { smartypantsu } from 'smartypants';

// SmartyPants reads HTML: the text's own `<` and `>` are stood in for, so nothing reads as a tag.
const LT = '\uE000';
const GT = '\uE001';

export function typographic(text: string): string {
	if (!/["'`.-]/.test(text)) return text;
	return smartypantsu(text.replaceAll('<', LT).replaceAll('>', GT), '1').replaceAll(LT, '<').replaceAll(GT, '>');
}
