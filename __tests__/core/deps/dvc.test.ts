import { describe, expect, test } from '@jest/globals';
import { rejectionOf } from '../../helpers/expect.js';
import { loadDvcPipelines, type DvcPipelines, type DvcStage } from '../../../src/core/deps/dvc.js';
import { dvcPathFor, selectDvcStages } from '../../../src/core/deps/dvc-select.js';
import { DepsError } from '../../../src/core/deps/errors.js';

/** Pipelines of an in-memory repository; `read` answers later, as a fetch would. */
async function load(contents: Record<string, string>, extra: string[] = []): Promise<DvcPipelines> {
  return loadDvcPipelines({
    files: [...Object.keys(contents), ...extra],
    read: (path) => Promise.resolve(contents[path]),
  });
}

function stage(pipelines: DvcPipelines, address: string): DvcStage {
  const found = pipelines.stages.find((s) => s.address === address);
  if (found === undefined)
    throw new Error(`no stage ${address} in ${pipelines.stages.map((s) => s.address).join(', ')}`);
  return found;
}

async function failure(contents: Record<string, string>): Promise<string> {
  return (await rejectionOf(load(contents), DepsError)).message;
}

describe('stages', () => {
  test('cmd, deps, outs, metrics, plots and params as written', async () => {
    const pipelines = await load({
      'dvc.yaml': `
stages:
  train:
    cmd:
      - python src/train.py
      - echo done
    deps: [src/train.py, data/features, s3://bucket/raw, ../outside.csv]
    outs:
      - model.pkl
      - checkpoints: {cache: false}
    metrics: [eval/metrics.json]
    plots: [{eval/plots.csv: {x: step}}]
    params:
      - train.lr
      - train.epochs
      - configs/model.yaml: [layers, heads]
      - configs/all.yaml:
      - configs/empty.yaml: []
`,
    });
    expect(pipelines.files).toEqual(['dvc.yaml']);
    expect(stage(pipelines, 'train')).toEqual({
      name: 'train',
      address: 'train',
      file: 'dvc.yaml',
      wdir: '',
      cmd: ['python src/train.py', 'echo done'],
      deps: ['src/train.py', 'data/features'],
      outs: ['model.pkl', 'checkpoints', 'eval/metrics.json', 'eval/plots.csv'],
      external: ['s3://bucket/raw', '../outside.csv'],
      params: [
        { file: 'params.yaml', keys: ['train.lr', 'train.epochs'] },
        { file: 'configs/model.yaml', keys: ['layers', 'heads'] },
        { file: 'configs/all.yaml', keys: 'all' },
        { file: 'configs/empty.yaml', keys: 'all' },
      ],
    });
  });

  test('a stage without cmd or lists, an empty dvc.yaml, a dvc.yaml without stages', async () => {
    const pipelines = await load({
      'dvc.yaml': 'stages:\n  noop:\n    desc: nothing\n',
      'a/dvc.yaml': '',
      'b/dvc.yaml': 'metrics: [m.json]\n',
      'c/dvc.yaml': 'stages:\n',
    });
    expect(pipelines.stages.map((s) => [s.address, s.cmd, s.deps])).toEqual([['noop', [], []]]);
  });

  test('wdir: paths and parameter files relative to it; dvc.yaml in a folder', async () => {
    const pipelines = await load({
      'pipelines/vision/dvc.yaml': `
stages:
  fit:
    wdir: ../..
    cmd: python train.py
    deps: [train.py]
    params: [lr]
  local:
    cmd: python local.py
    deps: [local.py]
    params: [lr]
`,
      'pipelines/vision/params.yaml': 'lr: 0.1\n',
    });
    expect(stage(pipelines, 'pipelines/vision/dvc.yaml:fit')).toMatchObject({
      name: 'fit',
      wdir: '',
      deps: ['train.py'],
      params: [{ file: 'params.yaml', keys: ['lr'] }],
    });
    expect(stage(pipelines, 'pipelines/vision/dvc.yaml:local')).toMatchObject({
      wdir: 'pipelines/vision',
      deps: ['pipelines/vision/local.py'],
      params: [{ file: 'pipelines/vision/params.yaml', keys: ['lr'] }],
    });
  });

  test.each([
    ['stages: [a]', 'dvc.yaml: stages must be a mapping of stage names'],
    ['stages:\n  a: text', "dvc.yaml: the stage 'a' is not a mapping"],
    ['- a', 'dvc.yaml: a dvc.yaml is a mapping'],
    ['stages: {a: {cmd: {x: 1}}}', "dvc.yaml: the cmd of 'a' is not text or a list"],
    ['stages: {a: {wdir: 3}}', "dvc.yaml: the wdir of 'a' is not a path"],
    ['stages: {a: {wdir: ../..}}', "dvc.yaml: the wdir of 'a' is outside the repository"],
    [
      'stages: {a: {params: [{../p.yaml: [x]}]}}',
      "dvc.yaml: the params file '../p.yaml' is outside the repository",
    ],
    ['stages: [', 'dvc.yaml: '],
  ])('%j is refused', async (text, message) => {
    expect((await failure({ 'dvc.yaml': text })).startsWith(message)).toBe(true);
  });
});

describe('vars and interpolation', () => {
  test('the default params.yaml: values typed, escapes, lists and nested keys', async () => {
    const pipelines = await load({
      'params.yaml': `
train:
  lr: 0.001
  epochs: 10
  small: 0.00001
  fast: true
  name: resnet
  layers: [64, 128]
  files: {train: data/train.csv}
`,
      'dvc.yaml': `
stages:
  train:
    cmd: python train.py --lr \${train.lr} --epochs \${train.epochs} --eps \${train.small} --fast \${train.fast} --first \${train.layers[0]} --literal \\\${train.lr}
    deps:
      - \${train.files.train}
      - data/\${train.name}
    outs: ["models/\${train.name}.pt"]
`,
    });
    expect(stage(pipelines, 'train')).toMatchObject({
      cmd: [
        'python train.py --lr 0.001 --epochs 10 --eps 1e-05 --fast true --first 64 --literal ${train.lr}',
      ],
      deps: ['data/train.csv', 'data/resnet'],
      outs: ['models/resnet.pt'],
      // the values interpolated from a parameters file are parameters of the stage
      params: [
        {
          file: 'params.yaml',
          keys: [
            'train.lr',
            'train.epochs',
            'train.small',
            'train.fast',
            'train.layers.0',
            'train.files.train',
            'train.name',
          ],
        },
      ],
    });
  });

  test('a mapping in cmd becomes arguments, as DVC writes them', async () => {
    const pipelines = await load({
      'params.yaml':
        "args:\n  lr: 0.1\n  name: my model\n  amp: true\n  ddp: false\n  dims: [1, 'a b']\n  opt: {beta: 0.9}\n  none: null\n",
      'dvc.yaml': 'stages:\n  a:\n    cmd: python train.py ${args}\n  b:\n    cmd: ${args}\n',
    });
    const expected = "--lr 0.1 --name 'my model' --amp --dims 1 'a b' --opt.beta 0.9 --none None";
    expect(stage(pipelines, 'a').cmd).toEqual([`python train.py ${expected}`]);
    expect(stage(pipelines, 'b').cmd).toEqual([expected]);
  });

  test('vars: files (with chosen keys), inline mappings, a file named twice', async () => {
    const pipelines = await load({
      'params.yaml': 'seed: 1\n',
      'configs/model.yaml': 'model: {name: vit}\nunused: 1\n',
      'configs/data.json': '{"data": {"path": "raw"}}',
      'configs/opt.toml': '[opt]\nname = "adam"\n',
      'dvc.yaml': `
vars:
  - params.yaml
  - configs/model.yaml:model
  - configs/data.json
  - configs/opt.toml
  - inline: {value: 3}
stages:
  train:
    cmd: python train.py \${model.name} \${data.path} \${opt.name} \${inline.value} \${seed}
`,
    });
    expect(stage(pipelines, 'train')).toMatchObject({
      cmd: ['python train.py vit raw adam 3 1'],
      params: [
        { file: 'configs/model.yaml', keys: ['model.name'] },
        { file: 'configs/data.json', keys: ['data.path'] },
        { file: 'configs/opt.toml', keys: ['opt.name'] },
        { file: 'params.yaml', keys: ['seed'] },
      ],
    });
  });

  test("a stage's own vars, relative to its wdir", async () => {
    const pipelines = await load({
      'dvc.yaml':
        'stages:\n  fit:\n    wdir: jobs\n    vars: [local.yaml, {extra: 2}]\n    cmd: run ${local.x} ${extra}\n  other:\n    cmd: run\n',
      'jobs/local.yaml': 'local: {x: 5}\n',
    });
    expect(stage(pipelines, 'fit').cmd).toEqual(['run 5 2']);
    expect(stage(pipelines, 'fit').params).toEqual([
      { file: 'jobs/local.yaml', keys: ['local.x'] },
    ]);
  });

  test('mappings from two files merge; a value defined twice is an error', async () => {
    const merged = await load({
      'a.yaml': 'train: {lr: 1}\n',
      'b.yaml': 'train: {epochs: 2}\n',
      'dvc.yaml':
        'vars: [a.yaml, b.yaml]\nstages:\n  t:\n    cmd: run ${train.lr} ${train.epochs}\n',
    });
    expect(stage(merged, 't').cmd).toEqual(['run 1 2']);
    expect(
      await failure({
        'a.yaml': 'train: {lr: 1}\n',
        'b.yaml': 'train: {lr: 2}\n',
        'dvc.yaml': 'vars: [a.yaml, b.yaml]\nstages: {}\n',
      }),
    ).toBe("dvc.yaml: cannot redefine 'b.yaml:train.lr' as it already exists in 'a.yaml:train.lr'");
  });

  test.each([
    [
      { 'dvc.yaml': 'stages:\n  t:\n    cmd: run ${missing.key}\n' },
      "dvc.yaml: could not find 'missing.key'",
    ],
    [
      { 'dvc.yaml': 'vars: [{a: 1}]\nstages:\n  t:\n    cmd: run ${a.b}\n' },
      "dvc.yaml: could not find 'a.b'",
    ],
    [
      { 'dvc.yaml': 'vars: [{a: [1]}]\nstages:\n  t:\n    cmd: run ${a.x}\n' },
      "dvc.yaml: could not find 'a.x'",
    ],
    [
      { 'dvc.yaml': 'stages:\n  t:\n    cmd: run ${a..b}\n' },
      "dvc.yaml: cannot read the expression '${a..b}'",
    ],
    [
      { 'dvc.yaml': 'vars: [{l: [1, 2]}]\nstages:\n  t:\n    deps: ["${l}"]\n' },
      "dvc.yaml: cannot interpolate data of type 'list' in deps",
    ],
    [
      { 'dvc.yaml': 'vars: [{m: {a: 1}}]\nstages:\n  t:\n    deps: ["x ${m}"]\n' },
      "dvc.yaml: cannot interpolate data of type 'dict' in deps",
    ],
    [
      { 'dvc.yaml': 'vars: [gone.yaml]\nstages: {}\n' },
      "dvc.yaml: the vars file 'gone.yaml' does not exist",
    ],
    [
      { 'dvc.yaml': 'vars: [../out.yaml]\nstages: {}\n' },
      "dvc.yaml: the vars file '../out.yaml' is outside the repository",
    ],
    [
      { 'dvc.yaml': 'vars: [p.yaml:nope]\nstages: {}\n', 'p.yaml': 'a: 1' },
      "dvc.yaml: could not find 'nope' in 'p.yaml'",
    ],
    [{ 'dvc.yaml': 'vars: {a: 1}\nstages: {}\n' }, 'dvc.yaml: vars must be a list'],
    [
      { 'dvc.yaml': 'vars: [3]\nstages: {}\n' },
      'dvc.yaml: each vars item is a file name or a mapping',
    ],
  ])('%j is refused: %s', async (contents, message) => {
    expect(await failure(contents)).toBe(message);
  });
});

describe('foreach and matrix', () => {
  test('foreach over a list of values: one stage per value, named by it', async () => {
    const pipelines = await load({
      'dvc.yaml': `
stages:
  train:
    foreach: [us, eu, 1.5]
    do:
      cmd: python train.py --region \${item}
      deps: ["data/\${item}"]
`,
    });
    expect(pipelines.stages.map((s) => [s.address, s.group, s.cmd[0], s.deps[0]])).toEqual([
      ['train@us', 'train', 'python train.py --region us', 'data/us'],
      ['train@eu', 'train', 'python train.py --region eu', 'data/eu'],
      ['train@1.5', 'train', 'python train.py --region 1.5', 'data/1.5'],
    ]);
  });

  test('foreach over a list of mappings: named by index', async () => {
    const pipelines = await load({
      'dvc.yaml':
        'stages:\n  t:\n    foreach:\n      - {m: a, e: 1}\n      - {m: b, e: 2}\n    do:\n      cmd: run ${item.m} ${item.e}\n',
    });
    expect(pipelines.stages.map((s) => [s.address, s.cmd[0]])).toEqual([
      ['t@0', 'run a 1'],
      ['t@1', 'run b 2'],
    ]);
  });

  test('foreach over a mapping from vars: named by key, with ${key} and ${item}', async () => {
    const pipelines = await load({
      'params.yaml': 'models:\n  small: {layers: 2}\n  large: {layers: 24}\n',
      'dvc.yaml':
        'stages:\n  fit:\n    foreach: ${models}\n    do:\n      cmd: fit ${key} ${item.layers}\n      outs: ["${key}.pt"]\n',
    });
    expect(pipelines.stages.map((s) => [s.address, s.cmd[0], s.outs[0], s.params])).toEqual([
      [
        'fit@small',
        'fit small 2',
        'small.pt',
        [{ file: 'params.yaml', keys: ['models.small.layers'] }],
      ],
      [
        'fit@large',
        'fit large 24',
        'large.pt',
        [{ file: 'params.yaml', keys: ['models.large.layers'] }],
      ],
    ]);
  });

  test('matrix: every combination, named by values (by axis and index for mappings and lists)', async () => {
    const pipelines = await load({
      'params.yaml': 'versions: [3.10, 3.11]\n',
      'dvc.yaml': `
stages:
  build:
    matrix:
      os: [linux, win]
      py: \${versions}
      opt: [{amp: true}, [a, b]]
    cmd: echo \${item.os} \${item.py} \${key}
`,
    });
    expect(pipelines.stages.map((s) => s.address)).toEqual([
      'build@linux-3.1-opt0',
      'build@linux-3.1-opt1',
      'build@linux-3.11-opt0',
      'build@linux-3.11-opt1',
      'build@win-3.1-opt0',
      'build@win-3.1-opt1',
      'build@win-3.11-opt0',
      'build@win-3.11-opt1',
    ]);
    expect(stage(pipelines, 'build@win-3.11-opt1').cmd).toEqual(['echo win 3.11 win-3.11-opt1']);
    expect(stage(pipelines, 'build@win-3.11-opt1').group).toBe('build');
    // a value the matrix took from a parameters file is a parameter of the stage
    expect(stage(pipelines, 'build@win-3.11-opt1').params).toEqual([
      { file: 'params.yaml', keys: ['versions.1'] },
    ]);
  });

  test.each([
    ['stages:\n  t:\n    foreach: [a]\n', "dvc.yaml: the foreach stage 't' has no do mapping"],
    [
      'stages:\n  t:\n    foreach: 3\n    do: {cmd: x}\n',
      "dvc.yaml: the foreach of 't' is not a list or a mapping",
    ],
    ['stages:\n  t:\n    matrix: [a]\n', "dvc.yaml: the matrix of 't' is not a mapping"],
    ['stages:\n  t:\n    matrix: {a: 1}\n', "dvc.yaml: the matrix axis 'a' of 't' is not a list"],
  ])('%j is refused', async (text, message) => {
    expect(await failure({ 'dvc.yaml': text })).toBe(message);
  });
});

describe('selecting stages', () => {
  const files = {
    'dvc.yaml': `
stages:
  prepare:
    cmd: python src/prepare.py data/raw
    deps: [data/raw, src/prepare.py]
    outs: [data/prepared]
  featurize:
    cmd: python -m features.build --config configs/features.yaml
    deps: [data/prepared/train, features]
    params: [featurize.ngrams]
    outs: [data/features]
  train:
    foreach: [small, large]
    do:
      cmd: cd jobs && python train.py --size \${item}
      deps: [data/features, jobs/train.py, data/labels.csv, data/missing.csv]
      params:
        - train.lr
        - configs/\${item}.yaml:
      outs: ["models/\${item}.pt"]
  evaluate:
    cmd: python eval.py
    deps: [models/small.pt]
`,
    'params.yaml': 'featurize: {ngrams: 2}\ntrain: {lr: 0.1}\n',
    'src/prepare.py': '',
    'features/__init__.py': '',
    'features/build.py': '',
    'configs/features.yaml': '',
    'jobs/train.py': '',
    'data/raw.dvc': '',
    'data/labels.csv.dvc': '',
    'eval.py': '',
  };

  test('the named stages and every stage upstream, with the chain', async () => {
    const pipelines = await load(files, ['data/raw/README', 'data/raw/sub/extra.dvc']);
    const selection = selectDvcStages(pipelines, ['train'], Object.keys(files));
    expect(selection.stages.map((s) => s.chain.join(' ← '))).toEqual([
      'train@small',
      'train@large',
      'train@small ← featurize',
      'train@small ← featurize ← prepare',
    ]);
    expect(selection.unknown).toEqual([]);
  });

  test('what counts: dependencies, .dvc files of tracked data, definitions, command files', async () => {
    const index = [...Object.keys(files), 'data/raw/README', 'data/raw/sub/extra.dvc'];
    const pipelines = await load(files, ['data/raw/README', 'data/raw/sub/extra.dvc']);
    const selection = selectDvcStages(pipelines, ['train'], index);
    expect(selection.paths).toEqual([
      { path: 'dvc.yaml', kind: 'definition', stage: 'train@small' },
      { path: 'jobs/train.py', kind: 'file', stage: 'train@small' },
      { path: 'data/labels.csv.dvc', kind: 'pointer', stage: 'train@small' },
      { path: 'jobs', kind: 'folder', stage: 'train@small' },
      { path: 'features', kind: 'folder', stage: 'featurize' },
      { path: 'configs/features.yaml', kind: 'command', stage: 'featurize' },
      { path: 'data/raw', kind: 'folder', stage: 'prepare' },
      { path: 'data/raw.dvc', kind: 'pointer', stage: 'prepare' },
      { path: 'data/raw/sub/extra.dvc', kind: 'pointer', stage: 'prepare' },
      { path: 'src/prepare.py', kind: 'file', stage: 'prepare' },
    ]);
    expect(selection.entryPoints).toEqual([
      { entry: { kind: 'file', path: 'train.py', cwd: 'jobs' }, stage: 'train@small' },
      { entry: { kind: 'file', path: 'train.py', cwd: 'jobs' }, stage: 'train@large' },
      { entry: { kind: 'module', module: 'features.build' }, stage: 'featurize' },
      { entry: { kind: 'file', path: 'src/prepare.py' }, stage: 'prepare' },
    ]);
    expect(selection.params).toEqual([
      { file: 'params.yaml', keys: ['train.lr', 'featurize.ngrams'] },
      { file: 'configs/small.yaml', keys: 'all' },
      { file: 'configs/large.yaml', keys: 'all' },
    ]);
    expect(selection.absent).toEqual([
      { path: 'data/missing.csv', stage: 'train@small' },
      { path: 'data/missing.csv', stage: 'train@large' },
    ]);
    expect(dvcPathFor(selection, 'data/raw/part-1.csv')?.path).toBe('data/raw');
    expect(dvcPathFor(selection, 'src/prepare.py')?.kind).toBe('file');
    expect(dvcPathFor(selection, 'README.md')).toBeUndefined();
  });

  test('a single generated stage, a stage downstream, names that match nothing', async () => {
    const pipelines = await load(files);
    const one = selectDvcStages(pipelines, ['train@large', 'nothing'], Object.keys(files));
    expect(one.stages.map((s) => s.stage.address)).toEqual(['train@large', 'featurize', 'prepare']);
    expect(one.unknown).toEqual(['nothing']);
    const downstream = selectDvcStages(pipelines, ['evaluate'], Object.keys(files));
    expect(downstream.stages.map((s) => s.stage.address)).toEqual([
      'evaluate',
      'train@small',
      'featurize',
      'prepare',
    ]);
  });

  test('stages of a dvc.yaml in a folder, by address or by name', async () => {
    const pipelines = await load({
      'dvc.yaml': 'stages:\n  prep:\n    cmd: run\n    outs: [shared/data]\n',
      'sub/dvc.yaml':
        'stages:\n  fit:\n    foreach: [a]\n    do:\n      cmd: run\n      deps: [../shared/data/x]\n',
    });
    for (const name of ['sub/dvc.yaml:fit@a', 'sub/dvc.yaml:fit', 'fit']) {
      const selection = selectDvcStages(pipelines, [name], ['dvc.yaml', 'sub/dvc.yaml']);
      expect(selection.stages.map((s) => s.stage.address)).toEqual(['sub/dvc.yaml:fit@a', 'prep']);
    }
  });

  test('keys of a whole parameters file stay whole', async () => {
    const pipelines = await load({
      'dvc.yaml':
        'stages:\n  a:\n    params: [{p.yaml: }, {p.yaml: [x]}]\n  b:\n    params: [{p.yaml: [y]}]\n    deps: [o]\n  c:\n    params: [{p.yaml: }]\n    outs: [o]\n',
    });
    expect(stage(pipelines, 'a').params).toEqual([{ file: 'p.yaml', keys: 'all' }]);
    const selection = selectDvcStages(pipelines, ['b'], ['dvc.yaml']);
    expect(selection.params).toEqual([{ file: 'p.yaml', keys: 'all' }]);
  });
});
