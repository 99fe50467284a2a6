/**
 * Checks JSON-LD against the schema.org vocabulary offline: each object is written into a TypeScript
 * file as a value of its `@type` from `schema-dts` (types generated from schema.org itself), and the
 * compiler reports unknown properties and values of the wrong type. Returns the compiler's messages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

export function checkJsonLd(objects: { name: string; json: { '@type': string } }[]): string[] {
	const dir = resolve('tests/.tmp/jsonld');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `check-${process.pid}.ts`);
	const types = [...new Set(objects.map(({ json }) => json['@type']))];
	let source = `import type { WithContext, ${types.join(', ')} } from 'schema-dts';\n`;
	// The first line of each object's declaration, to name the object a message is about.
	const starts = objects.map(({ json }, index) => {
		const line = source.split('\n').length - 1;
		source += `export const value${index}: WithContext<${json['@type']}> = ${JSON.stringify(json, null, 1)};\n`;
		return line;
	});
	writeFileSync(file, source);
	const program = ts.createProgram([file], {
		strict: true,
		noEmit: true,
		skipLibCheck: true,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		target: ts.ScriptTarget.ES2022,
	});
	return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
		const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
		const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line : -1;
		const index = starts.findLastIndex((start) => start <= line);
		return `${objects[index]?.name ?? 'JSON-LD'}: ${text}`;
	});
}
