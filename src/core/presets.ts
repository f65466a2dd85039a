/**
 * On-demand prices of common GPU runners, picked by name with `gpu-runner`
 * instead of typing `gpu-hourly-cost` (pure). Prices change: each preset says
 * where its price was read and when, and the summary shows both.
 *
 * A preset is the price of one machine for one hour, all its GPUs included, in
 * US dollars; `gpu-count` then counts machines.
 */
import { InputError, type PriceSource } from './types.js';

export interface RunnerPreset {
  /** The value of `gpu-runner`. */
  name: string;
  /** What the machine is, in words. */
  description: string;
  /** Price of one hour of the whole machine. */
  hourlyCost: number;
  currency: 'USD';
  /** Where the price was read. */
  url: string;
  /** When the price was read, YYYY-MM-DD. */
  readOn: string;
}

const GITHUB_PRICING = 'https://docs.github.com/en/billing/reference/actions-runner-pricing';
const AWS_PRICING = 'https://aws.amazon.com/ec2/pricing/on-demand/';
const GCP_PRICING = 'https://cloud.google.com/compute/vm-instance-pricing';
const AWS_READ_ON = '2026-11-26';

function aws(name: string, description: string, hourlyCost: number): RunnerPreset {
  return {
    name: `aws-${name}`,
    description: `AWS EC2 ${name}, ${description}, Linux on-demand, us-east-1`,
    hourlyCost,
    currency: 'USD',
    url: AWS_PRICING,
    readOn: AWS_READ_ON,
  };
}

export const RUNNER_PRESETS: readonly RunnerPreset[] = Object.freeze([
  {
    name: 'github-gpu-t4',
    description: 'GitHub-hosted Linux GPU runner, 4 cores, 1 NVIDIA T4 ($0.052 a minute)',
    hourlyCost: 3.12,
    currency: 'USD',
    url: GITHUB_PRICING,
    readOn: '2026-01-01',
  },
  aws('g4dn.xlarge', '1 NVIDIA T4, 4 vCPU', 0.526),
  aws('g5.xlarge', '1 NVIDIA A10G, 4 vCPU', 1.006),
  aws('g6e.2xlarge', '1 NVIDIA L40S, 8 vCPU', 2.242),
  aws('p4d.24xlarge', '8 NVIDIA A100 40 GB, 96 vCPU', 21.958),
  aws('p4de.24xlarge', '8 NVIDIA A100 80 GB, 96 vCPU', 27.447),
  aws('p5.48xlarge', '8 NVIDIA H100, 192 vCPU', 55.04),
  {
    name: 'gcp-a2-highgpu-1g',
    description: 'Google Cloud a2-highgpu-1g, 1 NVIDIA A100 40 GB, 12 vCPU, on-demand, us-central1',
    hourlyCost: 3.673,
    currency: 'USD',
    url: GCP_PRICING,
    readOn: '2026-11-26',
  },
]);

/** The preset of that name (case-insensitive), if there is one. */
export function findPreset(name: string): RunnerPreset | undefined {
  const wanted = name.trim().toLowerCase();
  return RUNNER_PRESETS.find((p) => p.name === wanted);
}

export interface PriceInputs {
  /** The `gpu-hourly-cost` input, when given. */
  hourlyCost?: number;
  /** The `gpu-runner` input, when given. */
  runner?: string;
  /** The `currency` input (an ISO 4217 code). */
  currency: string;
}

export interface ResolvedPrice {
  hourlyCost?: number;
  priceSource?: PriceSource;
}

/**
 * The hourly price and where it came from. An explicit `gpu-hourly-cost` wins
 * over `gpu-runner`; an unknown runner name is an error either way, and so is a
 * preset (priced in USD) used with another currency.
 */
export function resolvePrice(inputs: PriceInputs): ResolvedPrice {
  const runnerName = inputs.runner?.trim() ?? '';
  const preset = runnerName === '' ? undefined : findPreset(runnerName);
  if (runnerName !== '' && preset === undefined) {
    throw new InputError(
      'gpu-runner',
      `Input gpu-runner is ${JSON.stringify(runnerName)}, which is not a known runner; known runners: ${RUNNER_PRESETS.map((p) => p.name).join(', ')}. Or leave it empty and set gpu-hourly-cost.`,
    );
  }
  if (inputs.hourlyCost !== undefined) {
    return {
      hourlyCost: inputs.hourlyCost,
      priceSource: preset ? { kind: 'input', overrides: preset.name } : { kind: 'input' },
    };
  }
  if (preset === undefined) return {};
  if (inputs.currency !== preset.currency) {
    throw new InputError(
      'gpu-runner',
      `Input gpu-runner is ${JSON.stringify(preset.name)}, whose price is in ${preset.currency}, but input currency is ${JSON.stringify(inputs.currency)}; set gpu-hourly-cost to the price in ${inputs.currency}, or currency to ${preset.currency}.`,
    );
  }
  return {
    hourlyCost: preset.hourlyCost,
    priceSource: {
      kind: 'preset',
      name: preset.name,
      description: preset.description,
      url: preset.url,
      readOn: preset.readOn,
    },
  };
}
