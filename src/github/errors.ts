/**
 * How a GitHub API call fails: one error class, a kind per way of failing, and
 * the translation of whatever ended a call into a message a workflow author can
 * act on (which permission to grant, which commit is missing, what GitHub asked).
 */

export type GitHubErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'not-found'
  | 'invalid'
  | 'server-error'
  | 'timeout'
  | 'network'
  | 'bad-response'
  /** The run's budget of requests (max-api-requests) is spent; nothing was sent. */
  | 'request-budget';

/** A GitHub API call that failed; the message explains why and what to do. */
export class GitHubApiError extends Error {
  /** The HTTP status of the last answer; 0 when there was none (timeout, network). */
  readonly status: number;
  readonly kind: GitHubErrorKind;
  constructor(kind: GitHubErrorKind, status: number, message: string) {
    super(message);
    this.name = 'GitHubApiError';
    this.kind = kind;
    this.status = status;
  }
}

/** What a call is, for its messages. */
export interface Operation {
  /** "comparing main...feature in acme/models" */
  action: string;
  /** What a 404 means here and its likely causes; `answer` is e.g. "404: Not Found". */
  notFound: (answer: string) => string;
  /** The permission the call needs. */
  permission: string;
  /** What a 403 (other than a rate limit) means here; `answer` is e.g. "403: Forbidden". */
  forbidden?: (answer: string) => string;
}

/** What a call went through, as far as its error message tells. */
export interface CallRecord {
  op: Operation;
  /** HTTP requests sent, retries included. */
  attempts: number;
  /** The call's deadline passed. */
  timedOut: boolean;
  /** Why a rate limit was not waited out, when it was not. */
  rateLimitGaveUp?: string;
}

/** Where the messages are about. */
export interface ErrorContext {
  /** owner/repo */
  slug: string;
  baseUrl: string;
  callTimeoutMs: number;
  /** Epoch milliseconds, for "the limit resets in N s". */
  now: number;
}

/** An HTTP answer that ended a request, or a request that got none. */
export interface ErrorShape {
  status: number;
  /** False when no HTTP answer came (octokit reports those as status 500). */
  hasResponse: boolean;
  /** Header names in lower case. */
  headers: Record<string, string>;
  githubMessage?: string;
  message: string;
}

/** The shape of an error octokit threw, or undefined when it is not a request's error. */
export function errorShape(err: unknown): ErrorShape | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const record = err as Record<string, unknown>;
  const status = record.status;
  if (typeof status !== 'number' || !Number.isFinite(status)) return undefined;
  const headers: Record<string, string> = {};
  let githubMessage: string | undefined;
  const response = record.response;
  const hasResponse = typeof response === 'object' && response !== null;
  if (hasResponse) {
    const { headers: raw, data } = response as { headers?: unknown; data?: unknown };
    if (typeof raw === 'object' && raw !== null) {
      for (const [name, value] of Object.entries(raw)) {
        if (typeof value === 'string' || typeof value === 'number') {
          headers[name.toLowerCase()] = String(value);
        }
      }
    }
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      const said = (data as Record<string, unknown>).message;
      if (typeof said === 'string') githubMessage = said;
    } else if (typeof data === 'string' && data.trim() !== '') {
      githubMessage = data.trim().slice(0, 300);
    }
  }
  const message =
    err instanceof Error ? err.message : typeof record.message === 'string' ? record.message : '';
  return { status, headers, message, hasResponse, ...(githubMessage ? { githubMessage } : {}) };
}

/** A 403 or 429 that GitHub gave because of a rate limit. */
export function isRateLimit(
  shape: Pick<ErrorShape, 'status' | 'headers' | 'githubMessage' | 'message'>,
): boolean {
  if (shape.status !== 403 && shape.status !== 429) return false;
  return (
    shape.status === 429 ||
    shape.headers['x-ratelimit-remaining'] === '0' ||
    shape.headers['retry-after'] !== undefined ||
    /rate limit/i.test(shape.githubMessage ?? shape.message)
  );
}

/** No answer came to one request within its time limit. */
export class RequestTimeout extends Error {
  constructor(limitMs: number) {
    super(`no answer within ${seconds(limitMs)}`);
    this.name = 'RequestTimeout';
  }
}

/** "1 s", "0.4 s", "60 s". */
export function seconds(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? `${s} s` : `${s.toFixed(1)} s`;
}

export function badResponse(action: string, what: string): GitHubApiError {
  return new GitHubApiError(
    'bad-response',
    200,
    `The GitHub API gave an unexpected answer while ${action}: ${what}.`,
  );
}

/** The error a call ends with, whatever ended it. The token is not yet scrubbed. */
export function explainFailure(err: unknown, call: CallRecord, ctx: ErrorContext): GitHubApiError {
  if (err instanceof GitHubApiError) return err;
  const { op } = call;
  const attempts = `${call.attempts} ${call.attempts === 1 ? 'attempt' : 'attempts'}`;
  if (call.timedOut) {
    return new GitHubApiError(
      'timeout',
      0,
      `The GitHub API did not finish ${op.action} within ${seconds(ctx.callTimeoutMs)} (${attempts}); GitHub is slow or unreachable from this runner.`,
    );
  }
  const shape = errorShape(err);
  if (!shape || !shape.hasResponse) {
    const reason = err instanceof Error ? err.message : String(err);
    return err instanceof RequestTimeout
      ? new GitHubApiError(
          'timeout',
          0,
          `The GitHub API did not answer while ${op.action} (${attempts}, ${reason} each); GitHub is slow or unreachable from this runner.`,
        )
      : new GitHubApiError(
          'network',
          0,
          `Could not reach the GitHub API at ${ctx.baseUrl} while ${op.action} (${attempts}): ${reason}.`,
        );
  }
  return explainAnswer(shape, call, attempts, ctx);
}

function explainAnswer(
  shape: ErrorShape,
  call: CallRecord,
  attempts: string,
  ctx: ErrorContext,
): GitHubApiError {
  const { op } = call;
  const { status } = shape;
  const answer = `${status}${shape.githubMessage ? `: ${shape.githubMessage}` : ''}`;
  if (isRateLimit(shape)) {
    return new GitHubApiError(
      'rate-limited',
      status,
      `The GitHub API rate limit stopped ${op.action} (${answer}). ${rateLimitStory(shape, call, ctx.now)} Other jobs using the same token share this limit.`,
    );
  }
  if (status === 401) {
    return new GitHubApiError(
      'unauthorized',
      status,
      `GitHub rejected the token while ${op.action} (${answer}): the token is invalid or has expired. Pass a valid token; the default github.token is valid only while its job runs, and a personal access token may have expired or been revoked.`,
    );
  }
  if (status === 403) {
    return new GitHubApiError(
      'forbidden',
      status,
      op.forbidden
        ? op.forbidden(answer)
        : `GitHub refused ${op.action} (${answer}). The token most likely lacks the ${op.permission} permission: give the job "${permissionsLine(op.permission)}", or use a token with ${op.permission} on ${ctx.slug}.`,
    );
  }
  if (status === 404) {
    return new GitHubApiError(
      'not-found',
      status,
      `${op.notFound(answer)} ${noAccess(op.permission, ctx.slug)}`,
    );
  }
  if (status === 422 && /no commit found/i.test(shape.githubMessage ?? '')) {
    return new GitHubApiError('not-found', status, op.notFound(answer));
  }
  if (status >= 500) {
    return new GitHubApiError(
      'server-error',
      status,
      `The GitHub API failed while ${op.action}: it answered ${answer} (${attempts}). GitHub may be having an outage.`,
    );
  }
  return new GitHubApiError('invalid', status, `GitHub could not handle ${op.action} (${answer}).`);
}

/** The permissions the gate reads with, as a workflow job grants them. */
const READ_PERMISSIONS = ['contents: read', 'pull-requests: read'];

/**
 * The job's `permissions:` line that grants `permission` besides what the gate
 * always reads with: a job that names its permissions gets none it leaves out.
 */
export function permissionsLine(permission: string): string {
  const scope = permission.split(':')[0]?.trim() ?? '';
  const granted = READ_PERMISSIONS.filter((p) => !p.startsWith(`${scope}:`));
  // metadata is granted to every token and cannot be named in a workflow
  if (scope !== 'metadata') granted.push(permission);
  const order = ['contents', 'pull-requests', 'actions'];
  const rank = (p: string): number => {
    const at = order.indexOf(p.split(':')[0] ?? '');
    return at < 0 ? order.length : at;
  };
  granted.sort((a, b) => rank(a) - rank(b));
  return `permissions: { ${granted.join(', ')} }`;
}

/**
 * What a 404 means when the token cannot see the repository: GitHub answers
 * 404, not 403, to a token without access, so the permission is named.
 */
function noAccess(permission: string, slug: string): string {
  if (permission.startsWith('metadata')) {
    return `If the repository exists, the token cannot see it (GitHub answers 404, not 403, to a token without access): with github.token, the job's permissions must include "contents: read" ("${permissionsLine('contents: read')}"); with another token, give it read access to ${slug}.`;
  }
  return `If the token cannot see ${slug} (GitHub answers 404, not 403, to a token without access), it lacks ${permission}: grant it in the job with "${permissionsLine(permission)}" (a job that lists permissions gets none it leaves out), or pass a token with ${permission} on ${slug}.`;
}

/** What GitHub asked the caller to wait, and why the call did not. */
function rateLimitStory(shape: ErrorShape, call: CallRecord, now: number): string {
  const retryAfter = Number(shape.headers['retry-after']);
  const reset = Number(shape.headers['x-ratelimit-reset']);
  let ask: string;
  if (shape.headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) {
    ask = `GitHub asked to wait ${retryAfter} s before trying again`;
  } else if (
    shape.headers['x-ratelimit-remaining'] === '0' &&
    Number.isFinite(reset) &&
    reset > 0
  ) {
    const when = new Date(reset * 1000);
    const inSeconds = Math.max(0, Math.round(reset - now / 1000));
    ask = `The limit resets at ${when.toISOString().slice(11, 19)} UTC, in ${inSeconds} s`;
  } else {
    ask = 'GitHub did not say how long to wait';
  }
  const gaveUp = call.rateLimitGaveUp ? `; not retried: ${call.rateLimitGaveUp}` : '';
  return `${ask}${gaveUp}.`;
}
