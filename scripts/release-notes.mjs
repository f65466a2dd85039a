// @ts-check
/**
 * Prints the notes of one version from CHANGELOG.md: the body of its
 * `## [X.Y.Z] - date` section (Keep a Changelog form). Exits 1 when the
 * changelog has no such section, or an empty one, so that the release
 * workflow can fall back to notes generated from the pull requests.
 *
 *   node scripts/release-notes.mjs X.Y.Z [CHANGELOG.md]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The body of the section of `version`, trimmed; undefined when there is none.
 * @param {string} changelog
 * @param {string} version
 */
export function releaseNotes(changelog, version) {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return undefined;
  const next = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const body = lines
    .slice(start + 1, next < 0 ? undefined : next)
    // Link reference definitions at the end of the file belong to no section.
    .filter((line) => !/^\[[^\]]+\]:\s/.test(line))
    .join('\n')
    .trim();
  return body === '' ? undefined : body;
}

function main() {
  const [version, file = 'CHANGELOG.md'] = process.argv.slice(2);
  if (!version || !/^v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(version)) {
    console.error('Usage: node scripts/release-notes.mjs X.Y.Z [CHANGELOG.md]');
    process.exit(2);
  }
  const notes = releaseNotes(readFileSync(file, 'utf8'), version.replace(/^v/, ''));
  if (notes === undefined) {
    console.error(`${file} has no notes for ${version}.`);
    process.exit(1);
  }
  console.log(notes);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
