/** The help texts of the command line. */
import { BACKTEST_OPTIONS, CHECK_OPTIONS, DEMO_OPTIONS, optionLines } from './options.js';

export const PROGRAM = 'ml-change-gate';

export const MAIN_HELP = `${PROGRAM}: decide from the files a change touched whether ML training must run,
and see what the gate would have saved on your own history. Same engine as the GitHub Action.

Usage:
  ${PROGRAM} check --filters FILE [options]      the decision for a local change
  ${PROGRAM} backtest --filters FILE [options]   replay a branch's history through the gate
  ${PROGRAM} demo [options]                      backtest a synthetic month of an ML repository
  ${PROGRAM} <command> --help                    the options of a command

Options:
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 done, 1 failed (git, files), 2 bad arguments.
`;

export const CHECK_HELP = `Usage: ${PROGRAM} check --filters FILE [--base REF] [--head REF] [options]

Decides should-train for a local change, as the action decides it in CI: the files
changed from the merge base of BASE and HEAD to HEAD (renames detected) are matched
against the filters. Only commits count: uncommitted changes are not looked at.
The options named as the action's inputs take the same values and give the same
decision, reason and cost.

Options:
${optionLines(CHECK_OPTIONS)}

Examples:
  ${PROGRAM} check --filters .github/ml-change-gate.yml
  ${PROGRAM} check --filters filters.yml --base origin/main --json
  ${PROGRAM} check --filters filters.yml --gpu-runner aws-g5.xlarge --training-hours 2 --label retrain --force-label retrain
`;

export const BACKTEST_HELP = `Usage: ${PROGRAM} backtest --filters FILE [--branch B] [--last N | --since DATE] [options]

Replays the first-parent history of a branch through the gate. Each first-parent
commit is one CI event (a merged pull request or a direct push), its change being
its diff against its first parent, renames detected, decided with the same
settings as the action. Prints every event (date, commit, subject, train or skip,
filters matched) and the totals: training runs, GPU-hours and cost with and
without the gate, and the saving.

Options:
${optionLines(BACKTEST_OPTIONS)}

Examples:
  ${PROGRAM} backtest --filters .github/ml-change-gate.yml --gpu-hourly-cost 1.60 --training-hours 0.75
  ${PROGRAM} backtest --filters filters.yml --branch main --last 500 --report backtest.md
`;

export const DEMO_HELP = `Usage: ${PROGRAM} demo [--seed N] [--dir DIR] [--json] [--events]

Builds a synthetic month of an ML repository from a seed (pull requests touching
docs, notebooks, tests and serving code, a few touching training code,
configuration and data; merges and direct pushes), then backtests it with the
README's example prices (gpu-hourly-cost 1.60, training-hours 0.75, gpu-count 1,
USD) and prints the totals, a pull request it trained for and one it skipped, and
where the full report is. The numbers come from the generated history and the
gate, so the same seed always gives the same report.

Options:
${optionLines(DEMO_OPTIONS)}
`;

export const HELP_TEXTS = {
  check: CHECK_HELP,
  backtest: BACKTEST_HELP,
  demo: DEMO_HELP,
} as const;
