/**
 * Reads a V8 .cpuprofile (from `node --cpu-prof`) and says where the time went: self time by
 * function and by module (a package, or a file of ours), and total time (self plus callees) by
 * function, each as milliseconds and a share of the whole.
 *   node bench/profile.ts <file.cpuprofile> [--top 25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface Row {
	name: string;
	ms: number;
	share: number;
}

export interface ProfileSummary {
	totalMs: number;
	selfByFunction: Row[];
	selfByModule: Row[];
	totalByFunction: Row[];
}

/** node_modules/<pkg>/..., or a path under the project (src/lib/story/check.ts), or a V8 category. */
export function moduleOf(url: string): string {
	if (!url) return '(native)';
	const path = url.replace(/^file:\/\//, '');
	const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
	if (inModules) return inModules[1];
	if (path.startsWith('node:')) return 'node (built-in)';
	const ours = /\/((?:src|bench|tests)\/.*?)(?:\?.*)?$/.exec(path);
	if (ours) return ours[1];
	// Astro bundles pages into chunks of the output before rendering them.
	if (/\/(?:dist|\.prerender|chunks)\//.test(path) || path.includes('.out/')) return '(built site chunks)';
	return path;
}

function functionLabel(node: ProfileNode): string {
	const { functionName, url, lineNumber } = node.callFrame;
	const where = url ? `${moduleOf(url)}:${lineNumber + 1}` : '';
	return `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
}

function rows(map: Map<string, number>, totalMs: number, top: number): Row[] {
	return [...map]
		.sort((a, b) => b[1] - a[1])
		.slice(0, top)
		.map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
}

export function summariseProfile(profile: CpuProfile, top = 25): ProfileSummary {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const selfUs = new Map<number, number>();
	profile.samples.forEach((id, index) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
	let totalUs = 0;
	const selfByFunction = new Map<string, number>();
	const selfByModule = new Map<string, number>();
	const totalByFunction = new Map<string, number>();
	for (const [id, us] of selfUs) {
		const node = byId.get(id);
		if (!node) continue;
		totalUs += us;
		const ms = us / 1000;
		const label = functionLabel(node);
		selfByFunction.set(label, (selfByFunction.get(label) ?? 0) + ms);
		const module = node.callFrame.url ? moduleOf(node.callFrame.url) : `(${node.callFrame.functionName || 'native'})`;
		selfByModule.set(module, (selfByModule.get(module) ?? 0) + ms);
		// Each function on the stack once, so recursion is not counted twice.
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const frame = byId.get(at);
			if (!frame) break;
			const name = functionLabel(frame);
			if (seen.has(name)) continue;
			seen.add(name);
			totalByFunction.set(name, (totalByFunction.get(name) ?? 0) + ms);
		}
	}
	const totalMs = totalUs / 1000;
	return {
		totalMs,
		selfByFunction: rows(selfByFunction, totalMs, top),
		selfByModule: rows(selfByModule, totalMs, top),
		totalByFunction: rows(totalByFunction, totalMs, top),
	};
}

export function formatRows(title: string, list: Row[]): string {
	const lines = list.map((row) => `| ${row.ms.toFixed(0).padStart(7)} ms | ${(row.share * 100).toFixed(1).padStart(5)}% | ${row.name.replace(/\|/g, '\\|')} |`);
	return [`**${title}**`, '', '| time | share | where |', '| ---: | ---: | --- |', ...lines].join('\n');
}

if (import.meta.main) {
	const file = process.argv[2];
	if (!file) throw new Error('usage: node bench/profile.ts <file.cpuprofile> [--top N]');
	const topIndex = process.argv.indexOf('--top');
	const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
	const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, top);
	console.log(`Sampled ${(summary.totalMs / 1000).toFixed(1)} s of CPU on the main thread.\n`);
	console.log(formatRows('Self time by module', summary.selfByModule), '\n');
	console.log(formatRows('Self time by function', summary.selfByFunction), '\n');
	console.log(formatRows('Total time by function (self + callees)', summary.totalByFunction));
}
