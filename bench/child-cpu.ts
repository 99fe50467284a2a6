/**
 * Loaded into a command the benchmarks time (`node --import ./bench/child-cpu.ts ...`): at exit it
 * writes the CPU time the process used (user and system, every thread) to stderr as `[cpu 1.23 s]`.
 * On a machine shared with other work, wall time says mostly how busy the machine was; CPU time says
 * what the command itself costs.
 */
process.on('exit', () => {
	const { user, system } = process.cpuUsage();
	process.stderr.write(`\n[cpu ${((user + system) / 1e6).toFixed(2)} s]\n`);
});
