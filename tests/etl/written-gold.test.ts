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
		expect(s.coreGold).toBeGreaterThan(28800);
		expect(s.misses.map((m) => `${m.file} ${m.quote} «${m.context}»`)).toEqual([]);
		expect(s.spurious.map((e) => `${e.file} ${e.quote}`)).toEqual([]);
	});
	it('agrees on unit, approx and per at or above 0.97', () => {
		expect(s.agreement.unit).toBeGreaterThanOrEqual(0.97);
		expect(s.agreement.approx).toBeGreaterThanOrEqual(0.97);
		expect(s.agreement.per).toBeGreaterThanOrEqual(0.97);
	});
	it('attributes district, agency and theme at or above 0.95, 0.84 and 0.87', () => {
		expect(s.agreement.district).toBeGreaterThanOrEqual(0.95);
		expect(s.agreement.agency).toBeGreaterThanOrEqual(0.84);
		expect(s.agreement.theme).toBeGreaterThanOrEqual(0.87);
	});
});

// Seed pages 003 and 004, which the user's gold does not cover, labelled by hand for the project (tests/fixtures/seed-labelled)
describe('extraction against the seed pages labelled for the project', () => {
	const seeds = resolve(import.meta.dirname, '../fixtures/seed-labelled');
	const s = evaluate({ goldDir: resolve(seeds, 'gold'), inputDir: resolve(seeds, 'pages'), attributor: referenceAttributor() });
	it('finds every labelled figure and nothing else, with unit, approx and per all agreeing', () => {
		expect(s.coreGold).toBeGreaterThan(130);
		expect(s.misses.map((m) => `${m.file} ${m.quote} «${m.context}»`)).toEqual([]);
		expect(s.spurious.map((e) => `${e.file} ${e.quote}`)).toEqual([]);
		expect([s.agreement.unit, s.agreement.approx, s.agreement.per]).toEqual([1, 1, 1]);
	});
	it('attributes district, agency and theme at or above 0.97, 0.95 and 0.85', () => {
		expect(s.agreement.district).toBeGreaterThanOrEqual(0.97);
		expect(s.agreement.agency).toBeGreaterThanOrEqual(0.95);
		expect(s.agreement.theme).toBeGreaterThanOrEqual(0.85);
	});
});
