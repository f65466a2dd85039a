/** What the demo's synthetic repository is made of: its filters, and the kinds and titles of its changes. */

/** The filters of the README's example, with filters that only inform. */
export const DEMO_FILTERS = `# The README's training and data filters decide (train-on: training, data);
# the others only say what a change touched.
training:
  - 'src/training/**'
  - 'config/training*.yaml'
  - 'requirements.txt'
data:
  - 'data/training/**'
serving:
  - 'src/serving/**'
  - 'config/serving.yaml'
tests:
  - 'tests/**'
notebooks:
  - 'notebooks/**'
evaluation:
  - 'data/eval/**'
ci:
  - '.github/**'
  - 'requirements-dev.txt'
docs:
  - 'docs/**'
  - '*.md'
`;

export const DEMO_TRAIN_ON = ['training', 'data'];

export type ChangeKind =
  | 'docs'
  | 'notebook'
  | 'tests'
  | 'serving'
  | 'ci'
  | 'eval-data'
  | 'training-code'
  | 'training-config'
  | 'training-data'
  | 'deps'
  | 'move';

export const PULL_REQUEST_KINDS: readonly (readonly [ChangeKind, number])[] = [
  ['docs', 22],
  ['notebook', 14],
  ['tests', 12],
  ['serving', 18],
  ['ci', 6],
  ['eval-data', 4],
  ['training-code', 9],
  ['training-config', 5],
  ['training-data', 4],
  ['deps', 3],
  ['move', 2],
];

export const PUSH_KINDS: readonly (readonly [ChangeKind, number])[] = [
  ['docs', 40],
  ['ci', 25],
  ['serving', 15],
  ['notebook', 10],
  ['training-config', 7],
  ['deps', 3],
];

export const DOC_TITLES = [
  'Clarify the setup instructions',
  'Document the evaluation metrics',
  'Fix typos in the guides',
  'Add an FAQ entry on GPU quotas',
  'Explain the data pipeline',
  'Describe the release process',
];
export const NOTEBOOK_TITLES = [
  'Notebook: error analysis of the last model',
  'Notebook: compare tokenizers',
  'Notebook: latency profile of the endpoint',
  'Notebook: label distribution by week',
];
export const TEST_TITLES = [
  'Add tests for empty batches',
  'Speed up the serving tests',
  'Cover the schema edge cases',
  'Fix a flaky data test',
];
export const SERVING_TITLES = [
  'Serve predictions in batches',
  'Add a health endpoint',
  'Validate request payloads',
  'Cache model metadata in the API',
  'Return confidence scores',
];
export const CI_TITLES = [
  'Cache pip downloads in CI',
  'Pin the linter version',
  'Run tests on Python 3.12',
];
export const EVAL_TITLES = ['Add an evaluation slice for new users', 'Refresh the holdout set'];
export const TRAINING_TITLES = [
  'Add label smoothing to the loss',
  'Use mixed precision in training',
  'Fix the learning-rate warm-up',
  'Add early stopping',
  'Refactor the training loop',
];
export const CONFIG_TITLES = [
  'Tune the learning rate',
  'Raise the batch size for the large model',
  'Train for more epochs',
];
export const DATA_TITLES = ['Add a new training data shard', 'Fix mislabelled training examples'];
export const DEPS_TITLES = ['Upgrade torch', 'Bump numpy', 'Upgrade transformers'];
