import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appendSummary,
  getInput,
  issueCommand,
  setFailed,
  setOutput,
} from '../../src/action/commands.js';
import { parseOutputFile } from '../helpers/run-action.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  jest.restoreAllMocks();
});

function printed(run: () => void): string {
  const lines: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  run();
  return lines.join('');
}

describe('the runner commands', () => {
  it('reads an input trimmed, with spaces in its name as underscores', () => {
    expect(getInput('list-files', { 'INPUT_LIST-FILES': ' json \n' })).toBe('json');
    expect(getInput('gpu count', { INPUT_GPU_COUNT: '2' })).toBe('2');
    expect(getInput('missing', {})).toBe('');
  });

  it('escapes messages and properties as the runner reads them', () => {
    expect(printed(() => issueCommand('warning', '50% done\r\nnext', { title: 'a:b,c' }))).toBe(
      '::warning title=a%3Ab%2Cc::50%25 done%0D%0Anext\n',
    );
    expect(printed(() => issueCommand('endgroup', ''))).toBe('::endgroup::\n');
  });

  it('fails the step with exit code 1 and an error annotation', () => {
    expect(printed(() => setFailed('bad\ninput'))).toBe('::error::bad%0Ainput\n');
    expect(process.exitCode).toBe(1);
  });

  it('appends outputs of any text to GITHUB_OUTPUT, and markdown to the job summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-commands-'));
    try {
      process.env.GITHUB_OUTPUT = join(dir, 'output');
      process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md');
      writeFileSync(process.env.GITHUB_OUTPUT, '');
      writeFileSync(process.env.GITHUB_STEP_SUMMARY, '# before\n');
      setOutput('reason', 'two\nlines');
      setOutput('should-train', 'true');
      expect(parseOutputFile(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual({
        reason: 'two\nlines',
        'should-train': 'true',
      });
      await appendSummary('## gate');
      expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('# before\n## gate\n');
      process.env.GITHUB_STEP_SUMMARY = join(dir, 'none', 'summary.md');
      await expect(appendSummary('x')).rejects.toThrow(/Unable to access summary file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
