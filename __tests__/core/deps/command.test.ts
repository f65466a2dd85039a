import { describe, expect, test } from '@jest/globals';
import type { EntryPoint } from '../../../src/core/deps/closure.js';
import { commandTargets, shellCommands } from '../../../src/core/deps/command.js';
import { FileIndex } from '../../../src/core/deps/paths.js';

describe('shellCommands', () => {
  test.each([
    ['python train.py --lr 0.1', [['python', 'train.py', '--lr', '0.1']]],
    ['a && b || c; d | e & f', [['a'], ['b'], ['c'], ['d'], ['e'], ['f']]],
    ['echo \'a b\' "c \\"d\\" $x" e\\ f', [['echo', 'a b', 'c "d" $x', 'e f']]],
    ['a \\\n  b', [['a', 'b']]],
    ['x=1 y="2 3" run  # a comment\nnext', [['x=1', 'y=2 3', 'run'], ['next']]],
    ['(cd sub; make)', [['cd', 'sub'], ['make']]],
    ["unclosed 'quote", [['unclosed', 'quote']]],
    ['a#b', [['a#b']]],
    ['', []],
  ])('%j', (command, words) => {
    expect(shellCommands(command)).toEqual(words);
  });
});

describe('commandTargets', () => {
  const index = new FileIndex([
    'train.py',
    'src/train.py',
    'src/prepare.py',
    'pkg/__init__.py',
    'pkg/train.py',
    'stages/fit/run.py',
    'configs/train.yaml',
    'data/raw/part-0.csv',
    'scripts/run.sh',
  ]);

  test.each<[string, string, EntryPoint[], string[]]>([
    ['python train.py', '', [{ kind: 'file', path: 'train.py' }], ['train.py']],
    [
      'python3 -u src/train.py --config configs/train.yaml --data=data/raw',
      '',
      [{ kind: 'file', path: 'src/train.py' }],
      ['src/train.py', 'configs/train.yaml', 'data/raw'],
    ],
    ['python -m pkg.train --epochs 3', '', [{ kind: 'module', module: 'pkg.train' }], []],
    ['python -um pkg.train pkg', '', [{ kind: 'module', module: 'pkg.train' }], ['pkg']],
    ['python -mpkg.train', '', [{ kind: 'module', module: 'pkg.train' }], []],
    ['python -W ignore -X dev train.py', '', [{ kind: 'file', path: 'train.py' }], ['train.py']],
    [
      'python --check-hash-based-pycs never -- train.py',
      '',
      [{ kind: 'file', path: 'train.py' }],
      ['train.py'],
    ],
    ['python -m pip install -r requirements.txt', '', [], []],
    ['python -c "import train"', '', [], []],
    ['python', '', [], []],
    ['python -B', '', [], []],
    [
      'python -m torch.distributed.run --nproc_per_node 2 src/train.py',
      '',
      [{ kind: 'file', path: 'src/train.py' }],
      ['src/train.py'],
    ],
    [
      'torchrun --nproc_per_node=4 src/train.py',
      '',
      [{ kind: 'file', path: 'src/train.py' }],
      ['src/train.py'],
    ],
    [
      'accelerate launch --multi_gpu train.py',
      '',
      [{ kind: 'file', path: 'train.py' }],
      ['train.py'],
    ],
    ['deepspeed', '', [], []],
    ['uv run --with rich python train.py', '', [{ kind: 'file', path: 'train.py' }], ['train.py']],
    ['conda run -n ml python train.py', '', [{ kind: 'file', path: 'train.py' }], ['train.py']],
    [
      'CUDA_VISIBLE_DEVICES=0 env -u X WANDB=off time python train.py',
      '',
      [{ kind: 'file', path: 'train.py' }],
      ['train.py'],
    ],
    ['./train.py --fast', '', [{ kind: 'file', path: './train.py' }], ['train.py']],
    ['bash scripts/run.sh', '', [], ['scripts/run.sh']],
    [
      'python run.py',
      'stages/fit',
      [{ kind: 'file', path: 'run.py', cwd: 'stages/fit' }],
      ['stages/fit/run.py'],
    ],
    [
      'cd stages/fit && python run.py',
      '',
      [{ kind: 'file', path: 'run.py', cwd: 'stages/fit' }],
      ['stages/fit', 'stages/fit/run.py'],
    ],
    ['cd .. && python train.py', 'src', [{ kind: 'file', path: 'train.py' }], ['train.py']],
    ['cd ../.. && ls', '', [], []],
    ['cd', '', [], []],
    ['python -m pkg.train', 'src', [{ kind: 'module', module: 'pkg.train', cwd: 'src' }], []],
    ['python missing.py', '', [{ kind: 'file', path: 'missing.py' }], []],
    ['FOO=1', '', [], []],
  ])('%j in %j', (command, cwd, entries, paths) => {
    const targets = commandTargets(command, cwd, index);
    expect(targets.entries).toEqual(entries);
    expect(targets.paths).toEqual(paths);
  });
});
