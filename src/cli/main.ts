/**
 * The commands of the command line: `check`, `backtest` and `demo`. Each reads
 * its own kind of input (git, a filters file, flags) into the engine's
 * settings and a change set, asks the same engine as the action, and prints.
 * Returns the exit code: 0 done, 1 failed, 2 bad arguments.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { messageOf } from '../core/format.js';
import { InputError } from '../core/types.js';
import { UsageError, asOptionError, parseCommandLine } from './args.js';
import { backtest } from './backtest.js';
import { check } from './check.js';
import { demo } from './demo.js';
import { HELP_TEXTS, MAIN_HELP, PROGRAM } from './help.js';
import type { CliIo } from './io.js';

export type { CliIo } from './io.js';

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let command: string | undefined;
  try {
    const parsed = parseCommandLine(argv, io.now);
    command = parsed.command;
    switch (parsed.command) {
      case 'help':
        io.stdout(parsed.topic === undefined ? MAIN_HELP : HELP_TEXTS[parsed.topic]);
        return 0;
      case 'version':
        io.stdout(`${packageJson.version}\n`);
        return 0;
      case 'check':
        return await check(parsed, io);
      case 'backtest':
        return await backtest(parsed, io);
      case 'demo':
        return await demo(parsed, io);
    }
  } catch (err) {
    let usage: UsageError | undefined;
    if (err instanceof UsageError) usage = err;
    else if (err instanceof InputError) usage = asOptionError(err, command);
    if (usage !== undefined) {
      const topic =
        usage.command ?? (command === 'help' || command === 'version' ? undefined : command);
      const hint = topic === undefined ? `${PROGRAM} --help` : `${PROGRAM} ${topic} --help`;
      const message = usage.message.includes('--help')
        ? usage.message
        : `${usage.message} Run ${hint} for usage.`;
      io.stderr(`${PROGRAM}: ${message}\n`);
      return 2;
    }
    io.stderr(`${PROGRAM}: ${messageOf(err)}\n`);
    return 1;
  }
}
