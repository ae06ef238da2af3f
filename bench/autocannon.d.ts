// Types for the parts of autocannon's programmatic API the load test uses (the package ships none).
declare module 'autocannon' {
	interface Histogram { average: number; mean: number; stddev: number; min: number; max: number; total: number; p50: number; p90: number; p99: number; p99_9?: number }
	interface Result {
		requests: Histogram;
		latency: Histogram;
		throughput: Histogram;
		errors: number;
		timeouts: number;
		non2xx: number;
		duration: number;
	}
	interface Options {
		url: string;
		connections?: number;
		duration?: number;
		timeout?: number;
		requests?: { method?: string; path?: string; headers?: Record<string, string> }[];
		setupClient?: unknown;
	}
	interface Instance extends PromiseLike<Result> {
		on(event: 'response', fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
		stop(): void;
	}
	function autocannon(opts: Options): Instance;
	export default autocannon;
}
