/**
 * docs/benchmarks.md keeps its prose by hand and its numbers from `npm run bench`: each benchmark
 * rewrites only its own block, between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, so a quick
 * run of one benchmark leaves the others' last recorded numbers alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const BENCHMARKS_DOC = 'docs/benchmarks.md';

export function replaceBlock(document: string, name: string, content: string): string {
	const start = `<!-- bench:${name} -->`;
	const end = `<!-- /bench:${name} -->`;
	const from = document.indexOf(start);
	const to = document.indexOf(end);
	const block = `${start}\n${content.trim()}\n${end}`;
	if (from < 0 || to < from) return `${document.trimEnd()}\n\n${block}\n`;
	return document.slice(0, from) + block + document.slice(to + end.length);
}

export function recordResults(name: string, content: string, file = BENCHMARKS_DOC): void {
	writeFileSync(file, replaceBlock(readFileSync(file, 'utf8'), name, content));
}

/** A Markdown table from a header row and rows of cells. */
export function table(header: string[], rows: (string | number)[][]): string {
	const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
	const rule = header.map((_, index) => (index === 0 ? '---' : '---:'));
	return [line(header), line(rule), ...rows.map(line)].join('\n');
}
