import { describe, expect, test } from '@jest/globals';
import { defined, thrownBy } from '../helpers/expect.js';
import { findPreset, resolvePrice, RUNNER_PRESETS } from '../../src/core/presets.js';
import { InputError } from '../../src/core/types.js';

function failsWith(run: () => unknown, input: string, ...parts: RegExp[]): void {
  const error = thrownBy(run, InputError);
  expect(error.input).toBe(input);
  for (const p of parts) expect(error.message).toMatch(p);
}

describe('the preset table', () => {
  test('holds the on-demand prices as read, by name', () => {
    expect(
      Object.fromEntries(RUNNER_PRESETS.map((p) => [p.name, [p.hourlyCost, p.readOn]])),
    ).toStrictEqual({
      'github-gpu-t4': [3.12, '2026-01-01'],
      'aws-g4dn.xlarge': [0.526, '2026-11-26'],
      'aws-g5.xlarge': [1.006, '2026-11-26'],
      'aws-g6e.2xlarge': [2.242, '2026-11-26'],
      'aws-p4d.24xlarge': [21.958, '2026-11-26'],
      'aws-p4de.24xlarge': [27.447, '2026-11-26'],
      'aws-p5.48xlarge': [55.04, '2026-11-26'],
      'gcp-a2-highgpu-1g': [3.673, '2026-11-26'],
    });
  });

  test("GitHub's runner is its per-minute price times 60", () => {
    const t4 = defined(findPreset('github-gpu-t4'));
    expect(Math.round(0.052 * 60 * 1000) / 1000).toBe(t4.hourlyCost);
    expect(t4.description).toMatch(/\$0\.052 a minute/);
  });

  test('every preset is in USD, has a description, an https source and a real date', () => {
    const names = new Set<string>();
    for (const preset of RUNNER_PRESETS) {
      expect(names.has(preset.name)).toBe(false);
      names.add(preset.name);
      expect(preset.name).toMatch(/^(github|aws|gcp)-[a-z0-9.-]+$/);
      expect(preset.currency).toBe('USD');
      expect(preset.hourlyCost > 0 && Number.isFinite(preset.hourlyCost)).toBeTruthy();
      expect(preset.description.length).toBeGreaterThan(10);
      expect(preset.url).toMatch(/^https:\/\/[a-z.]+\/\S*$/);
      expect(preset.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${preset.readOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(preset.readOn);
    }
    const where = (prefix: string): string[] =>
      RUNNER_PRESETS.filter((p) => p.name.startsWith(prefix)).map((p) => p.description);
    for (const d of where('aws-')) expect(d).toMatch(/us-east-1/);
    for (const d of where('gcp-')) expect(d).toMatch(/us-central1/);
  });

  test('names are found whatever their case and surrounding spaces', () => {
    expect(findPreset(' AWS-G5.XLARGE ')?.name).toBe('aws-g5.xlarge');
    expect(findPreset('g5.xlarge')).toBeUndefined();
  });
});

describe('resolvePrice', () => {
  test('a preset gives its price and says where it came from', () => {
    expect(resolvePrice({ runner: 'aws-p5.48xlarge', currency: 'USD' })).toStrictEqual({
      hourlyCost: 55.04,
      priceSource: {
        kind: 'preset',
        name: 'aws-p5.48xlarge',
        description: 'AWS EC2 p5.48xlarge, 8 NVIDIA H100, 192 vCPU, Linux on-demand, us-east-1',
        url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
        readOn: '2026-11-26',
      },
    });
  });

  test('gpu-hourly-cost wins over a preset, and says which one it replaced', () => {
    expect(
      resolvePrice({ hourlyCost: 2.5, runner: 'github-gpu-t4', currency: 'USD' }),
    ).toStrictEqual({
      hourlyCost: 2.5,
      priceSource: { kind: 'input', overrides: 'github-gpu-t4' },
    });
    expect(resolvePrice({ hourlyCost: 2.5, currency: 'USD' })).toStrictEqual({
      hourlyCost: 2.5,
      priceSource: { kind: 'input' },
    });
  });

  test('with neither, there is no price', () => {
    expect(resolvePrice({ currency: 'USD' })).toStrictEqual({});
    expect(resolvePrice({ runner: '  ', currency: 'USD' })).toStrictEqual({});
  });

  test('an unknown name is an error that lists every known name', () => {
    const all = RUNNER_PRESETS.map((p) => p.name.replace(/[.]/g, '\\.')).join(', ');
    failsWith(
      () => resolvePrice({ runner: 'a100', currency: 'USD' }),
      'gpu-runner',
      /"a100"/,
      new RegExp(all),
    );
    // A typo is an error even when gpu-hourly-cost would take its place.
    failsWith(
      () => resolvePrice({ runner: 'aws-g5.xl', hourlyCost: 1, currency: 'USD' }),
      'gpu-runner',
      /"aws-g5\.xl"/,
    );
  });

  test('a USD preset with another currency is an error naming both inputs', () => {
    failsWith(
      () => resolvePrice({ runner: 'gcp-a2-highgpu-1g', currency: 'EUR' }),
      'gpu-runner',
      /gpu-runner/,
      /currency is "EUR"/,
      /USD/,
      /gpu-hourly-cost/,
    );
    // With the price given in the currency, the preset name is only informative.
    expect(
      resolvePrice({ runner: 'gcp-a2-highgpu-1g', hourlyCost: 3, currency: 'EUR' }),
    ).toStrictEqual({
      hourlyCost: 3,
      priceSource: { kind: 'input', overrides: 'gcp-a2-highgpu-1g' },
    });
  });
});
