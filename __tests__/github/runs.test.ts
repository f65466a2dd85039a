import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ofKind } from '../helpers/expect.js';
import type { GitHubApi, RetrySettings } from '../../src/github/index.js';
import { measureHistory, runDuration } from '../../src/core/history.js';
import type { WorkflowJob } from '../../src/core/types.js';
import {
  serverError,
  startFakeGitHub,
  type FakeGitHub,
  type FakeJob,
  type FakeWorkflowRun,
} from '../helpers/fake-github.js';
import { recorder, testClient, TOKEN } from '../helpers/github-client.js';
import { GitRepo } from '../helpers/git-repo.js';

describe('the run calls against a fake GitHub', () => {
  let repo: GitRepo;
  let fake: FakeGitHub;
  const CURRENT = 900;
  const WORKFLOW = 77;

  const rec = recorder();
  const client = (retry: RetrySettings = {}): GitHubApi => testClient(fake, rec, retry);

  const minutes = (start: string, m: number): FakeJob => ({
    name: 'train',
    startedAt: start,
    completedAt: new Date(Date.parse(start) + m * 60_000).toISOString(),
  });

  /** Newest first: 810 … 801 in workflow 77, with train skipped in 809 and 806. */
  const history = (): FakeWorkflowRun[] => {
    const runs: FakeWorkflowRun[] = [
      { id: CURRENT, workflowId: WORKFLOW, status: 'in_progress', jobs: [{ name: 'gate' }] },
      // A failed run and a run of another workflow are not history.
      {
        id: 899,
        workflowId: WORKFLOW,
        conclusion: 'failure',
        jobs: [minutes('2026-11-25T09:00:00Z', 500)],
      },
      { id: 898, workflowId: 78, jobs: [minutes('2026-11-25T08:00:00Z', 400)] },
    ];
    for (let id = 810; id >= 801; id--) {
      const skipped = id === 809 || id === 806;
      runs.push({
        id,
        workflowId: WORKFLOW,
        jobs: [
          { name: 'gate', startedAt: '2026-11-20T10:00:00Z', completedAt: '2026-11-20T10:00:30Z' },
          skipped
            ? {
                name: 'train',
                conclusion: 'skipped',
                startedAt: '2026-11-20T10:01:00Z',
                completedAt: '2026-11-20T10:01:00Z',
              }
            : minutes('2026-11-20T10:01:00Z', 40 + (id - 800)),
        ],
      });
    }
    return runs;
  };

  const isTrainSample = (jobs: WorkflowJob[]): boolean => runDuration(jobs, 'train') !== undefined;

  beforeAll(async () => {
    repo = GitRepo.create();
    repo.commit({ 'a.txt': 'a\n' }, 'root');
    fake = await startFakeGitHub({
      repo,
      owner: 'acme',
      name: 'models',
      token: TOKEN,
      pulls: { 7: { base: 'main', head: 'main' }, 8: { base: 'main', head: 'main' } },
    });
  });

  afterAll(async () => {
    await fake.close();
    repo.remove();
  });

  beforeEach(() => {
    fake.clearFaults();
    fake.resetRequests();
    fake.setRuns(history());
    rec.clearWaits();
  });

  describe('jobHistory', () => {
    it('reads the newest successful runs of the same workflow until enough samples, in few requests', async () => {
      const api = client();
      const answer = ofKind(
        await api.jobHistory({ runId: CURRENT, samples: 5, isSample: isTrainSample }),
        'answered',
      );
      // The budget, 5 + 2 requests, reads the jobs of five runs: 809 and 806 skipped the job.
      expect(answer.runs.map((r) => r.runId)).toStrictEqual([810, 809, 808, 807, 806]);
      expect(answer.requests).toBe(7);
      expect(api.requestCount()).toBe(7);
      expect(fake.requests.map((r) => r.path)).toStrictEqual([
        '/repos/acme/models/actions/runs/900',
        '/repos/acme/models/actions/workflows/77/runs',
        ...[810, 809, 808, 807, 806].map((id) => `/repos/acme/models/actions/runs/${id}/jobs`),
      ]);
      expect(fake.requests[1]?.query.status).toBe('success');
      expect(fake.requests[1]?.query.per_page).toBe('6');
      expect(measureHistory(answer, 'train', 5)).toStrictEqual({
        kind: 'measured',
        jobName: 'train',
        runs: 3,
        medianSeconds: 48 * 60,
        runsExamined: 5,
      });
    });

    it('gives all the samples asked for when the budget allows', async () => {
      const api = client();
      const answer = ofKind(
        await api.jobHistory({
          runId: CURRENT,
          samples: 5,
          maxRequests: 20,
          isSample: isTrainSample,
        }),
        'answered',
      );
      expect(answer.runs.map((r) => r.runId)).toStrictEqual([810, 809, 808, 807, 806, 805, 804]);
      expect(measureHistory(answer, 'train', 5)).toStrictEqual({
        kind: 'measured',
        jobName: 'train',
        runs: 5,
        medianSeconds: 47 * 60,
        runsExamined: 7,
      });
      // stops once five samples are found
      expect(api.requestCount()).toBe(9);
      expect(fake.requests[1]?.query.per_page).toBe('19');
    });

    it('never spends more than samples + 2 requests, even when the job never ran', async () => {
      fake.setRuns(
        history().map((run) => ({
          ...run,
          jobs: (run.jobs ?? []).map((job) => ({ ...job, conclusion: 'skipped' as const })),
        })),
      );
      const api = client();
      const answer = ofKind(
        await api.jobHistory({ runId: CURRENT, samples: 3, isSample: isTrainSample }),
        'answered',
      );
      expect(api.requestCount()).toBe(5);
      expect(answer.runs.length).toBe(3);
      expect(measureHistory(answer, 'train', 3)).toStrictEqual({
        kind: 'no-history',
        jobName: 'train',
        runsExamined: 3,
      });
    });

    it('leaves out the current run when it is listed among the successful ones', async () => {
      fake.setRuns(
        history().map((run) =>
          run.id === CURRENT
            ? {
                ...run,
                status: 'completed',
                conclusion: 'success',
                createdAt: '2027-01-01T00:00:00Z',
              }
            : run,
        ),
      );
      const answer = ofKind(
        await client().jobHistory({
          runId: CURRENT,
          samples: 2,
          isSample: isTrainSample,
        }),
        'answered',
      );
      expect(answer.runs.map((r) => r.runId)).toStrictEqual([810, 809]);
      expect(fake.requestsTo('/repos/acme/models/actions/runs/900/jobs').length).toBe(0);
    });

    it('a workflow without earlier runs is an empty answer', async () => {
      fake.setRuns([{ id: CURRENT, workflowId: WORKFLOW, status: 'in_progress' }]);
      const answer = await client().jobHistory({
        runId: CURRENT,
        samples: 10,
        isSample: isTrainSample,
      });
      expect(answer).toStrictEqual({ kind: 'answered', runs: [], requests: 2 });
    });

    it('a 403 is the answer "forbidden", naming actions: read, after one request', async () => {
      fake.forbid({ path: fake.repoPath('actions/') });
      const answer = ofKind(
        await client().jobHistory({
          runId: CURRENT,
          samples: 10,
          isSample: isTrainSample,
        }),
        'forbidden',
      );
      expect(answer.message).toMatch(/Resource not accessible by integration/);
      expect(answer.message).toMatch(/actions: read/);
      expect(fake.requests.length).toBe(1);
    });

    it('a 403 on the jobs of a run is also "forbidden"', async () => {
      fake.forbid({ path: /\/jobs$/ });
      expect(
        (
          await client().jobHistory({
            runId: CURRENT,
            samples: 10,
            isSample: isTrainSample,
          })
        ).kind,
      ).toBe('forbidden');
    });

    it('other failures are the answer "failed", not an exception', async () => {
      fake.fail({ ...serverError(502), path: fake.repoPath('actions/'), times: Infinity });
      const failed = ofKind(
        await client({ retries: 1 }).jobHistory({
          runId: CURRENT,
          samples: 10,
          isSample: isTrainSample,
        }),
        'failed',
      );
      expect(failed.message).toMatch(/502/);
      // the one call retried once, after 1 s, and then given up
      expect(rec.waits).toStrictEqual([1000]);
      fake.clearFaults();
      const unknownRun = ofKind(
        await client().jobHistory({
          runId: 12345,
          samples: 10,
          isSample: isTrainSample,
        }),
        'failed',
      );
      expect(unknownRun.message).toMatch(/no workflow run 12345/);
    });

    it('maps jobs to their name, status, conclusion and times', async () => {
      const jobs = await client().runJobs(810);
      expect(jobs).toStrictEqual([
        {
          name: 'gate',
          status: 'completed',
          conclusion: 'success',
          startedAt: '2026-11-20T10:00:00Z',
          completedAt: '2026-11-20T10:00:30Z',
        },
        {
          name: 'train',
          status: 'completed',
          conclusion: 'success',
          startedAt: '2026-11-20T10:01:00Z',
          completedAt: '2026-11-20T10:51:00.000Z',
        },
      ]);
      expect(fake.requests[0]?.query.per_page).toBe('100');
    });
  });
});
