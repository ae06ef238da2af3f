// The extraction on the pages written for the project (tests/fixtures/written): floors under its scores, so that a rule
// that helps the seeds but hurts other pages shows here.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../etl/evaluate.ts';
import { referenceAttributor } from '../../etl/attributor.ts';

const dir = resolve(import.meta.dirname, '../fixtures/written');

describe('extraction against the pages written for the project', () => {
	const s = evaluate({ goldDir: resolve(dir, 'gold'), inputDir: resolve(dir, 'pages'), attributor: referenceAttributor() });
	it('finds every labelled figure and nothing the spec does not count', () => {
		expect(s.coreGold).toBeGreaterThan(1400);
		expect(s.misses.map((m) => `${m.file} ${m.quote} «${m.context}»`)).toEqual([]);
		expect(s.spurious.map((e) => `${e.file} ${e.quote}`)).toEqual([]);
	});
	it('agrees on unit, approx and per at or above 0.97', () => {
		expect(s.agreement.unit).toBeGreaterThanOrEqual(0.97);
		expect(s.agreement.approx).toBeGreaterThanOrEqual(0.97);
		expect(s.agreement.per).toBeGreaterThanOrEqual(0.97);
	});
	it('attributes district, agency and theme at or above 0.95, 0.87 and 0.93', () => {
		expect(s.agreement.district).toBeGreaterThanOrEqual(0.95);
		expect(s.agreement.agency).toBeGreaterThanOrEqual(0.87);
		expect(s.agreement.theme).toBeGreaterThanOrEqual(0.93);
	});
});
