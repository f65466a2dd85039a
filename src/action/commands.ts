/**
 * The runner's workflow commands and files, as the action uses them: inputs
 * from INPUT_* variables, outputs appended to GITHUB_OUTPUT, the job summary
 * appended to GITHUB_STEP_SUMMARY, masks, annotations and log groups printed
 * as `::command::` lines. The same text @actions/core writes, without loading
 * its HTTP client and process runner on every run (a third of the bundle).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, appendFileSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';

/** An input as the runner passes it, trimmed; empty when not set. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::command name=value::message` on standard output. */
export function issueCommand(
  command: string,
  message: string,
  properties: Record<string, string> = {},
): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** `name<<delimiter` … `delimiter`: a value of any text, as GITHUB_OUTPUT reads it. */
export function keyValueMessage(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the output ${name} holds its own delimiter`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

export function setOutput(name: string, value: string): void {
  const path = process.env.GITHUB_OUTPUT || '';
  if (path) {
    if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
    appendFileSync(path, `${keyValueMessage(name, value)}${EOL}`, { encoding: 'utf8' });
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', value, { name });
}

export function setSecret(value: string): void {
  issueCommand('add-mask', value);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', message);
}

export function warning(message: string): void {
  issueCommand('warning', message);
}

export function error(message: string): void {
  issueCommand('error', message);
}

export function startGroup(title: string): void {
  issueCommand('group', title);
}

export function endGroup(): void {
  issueCommand('endgroup', '');
}

/** Fails the step: exit code 1 and the message as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Appends markdown (and a line end) to the job summary. */
export async function appendSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
    );
  }
  await appendFile(path, markdown + EOL, { encoding: 'utf8' });
}
