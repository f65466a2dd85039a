import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEvent } from '../../src/action/runtime.js';

describe('readEvent', () => {
  it("reads the event and the run from the runner's variables", () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-event-'));
    try {
      const path = join(dir, 'event.json');
      writeFileSync(path, JSON.stringify({ number: 7 }));
      expect(
        readEvent({
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: path,
          GITHUB_SHA: 'abc',
          GITHUB_REF: 'refs/pull/7/merge',
          GITHUB_REPOSITORY: 'acme/models',
          GITHUB_RUN_ID: '42',
          GITHUB_WORKFLOW: 'CI',
          GITHUB_JOB: 'gate',
        }),
      ).toEqual({
        eventName: 'pull_request',
        payload: { number: 7 },
        sha: 'abc',
        ref: 'refs/pull/7/merge',
        owner: 'acme',
        repo: 'models',
        apiUrl: 'https://api.github.com',
        serverUrl: 'https://github.com',
        runId: 42,
        workflow: 'CI',
        job: 'gate',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the repository from the event without GITHUB_REPOSITORY, and fails without either', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-event-'));
    try {
      const path = join(dir, 'event.json');
      writeFileSync(path, JSON.stringify({ repository: { name: 'm', owner: { login: 'o' } } }));
      const event = readEvent({ GITHUB_EVENT_PATH: path, GITHUB_API_URL: 'http://127.0.0.1:1' });
      expect([event.owner, event.repo, event.apiUrl, Number.isNaN(event.runId)]).toEqual([
        'o',
        'm',
        'http://127.0.0.1:1',
        true,
      ]);
      expect(() => readEvent({})).toThrow(/GITHUB_REPOSITORY/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
