// Seeded pseudo-random numbers (sfc32 seeded by a string hash) so every generated corpus is reproducible byte for byte.

/** A small deterministic generator; never use Math.random in the corpus code. */
export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: string | number) {
		// cyrb128-style hash of the seed into four 32-bit words
		const s = String(seed);
		let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
		for (let i = 0; i < s.length; i++) {
			const k = s.charCodeAt(i);
			h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
			h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
			h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
			h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
		}
		h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
		h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
		h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
		h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
		this.a = (h1 ^ h2 ^ h3 ^ h4) >>> 0;
		this.b = (h2 ^ h1) >>> 0;
		this.c = (h3 ^ h1) >>> 0;
		this.d = (h4 ^ h1) >>> 0;
		for (let i = 0; i < 12; i++) this.next();
	}

	/** A float in [0, 1). */
	next(): number {
		this.a >>>= 0; this.b >>>= 0; this.c >>>= 0; this.d >>>= 0;
		let t = (this.a + this.b) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.d = (this.d + 1) | 0;
		t = (t + this.d) | 0;
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	/** An integer in [lo, hi], both included. */
	int(lo: number, hi: number): number {
		return lo + Math.floor(this.next() * (hi - lo + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(xs: readonly T[]): T {
		return xs[Math.floor(this.next() * xs.length)];
	}

	/** A child generator: lets one page's content not depend on how much randomness another page used. */
	fork(label: string | number): Rng {
		return new Rng(`${this.int(0, 2 ** 31)}:${label}`);
	}
}
