/**
 * `npm run check` as a maintainer meets it: `node scripts/check.ts` in a copy of the project with
 * five broken chapters, one problem each. It must fail, print every problem in one run with the
 * file (and line) and a fix, and never print a stack trace.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The project's pinned Node 24 (check.ts needs its type stripping), else the one running us. */
const NODE = existsSync(join(REPO, 'node_modules/.bin/node')) ? join(REPO, 'node_modules/.bin/node') : process.execPath;

const frontmatter = (area = 'cornea') => `---
title: A broken chapter for the check test
description: A test chapter with one deliberate mistake in it, so the check has something to find.
area: ${area}
order: 900
updated: 2026-11-01
asOf: 2026-11-01
---
`;

/** One mistake per file; `line` is where the check must point (null: it names the field instead). */
const BROKEN = {
  'unknown-citation': {
    source: `${frontmatter()}\nThe sheets were thin.<Cite id="soma-2042" />\n`,
    line: 10,
    expect:
      /› <Cite>: unknown reference id "soma-2042" \(did you mean "soma-2024"\?\)\. Add it to content\/data\/references\.yaml or fix the spelling\./,
  },
  'unknown-term': {
    source: `${frontmatter()}\nSome text.\n\nAn <Term id="ipsc">iPS cell</Term> is a reset cell.\n`,
    line: 12,
    expect: /› <Term>: unknown glossary id "ipsc".*Add it to content\/data\/glossary\.yaml or fix the spelling\./,
  },
  'unknown-chart-prop': {
    source: `${frontmatter()}\n<TrialOutcomes trial="cornea-osaka" title="Vision after the sheets" takeaway="Three of four kept a gain." color="red" />\n`,
    line: 10,
    expect:
      /› <TrialOutcomes>: unknown prop "color"\. Allowed: title \(.*\); takeaway \(.*\); trial \(.*\); compare \(.*\)\./,
  },
  'bad-frontmatter': {
    source: `${frontmatter('liver')}\nText.\n`,
    line: 4,
    expect:
      /› frontmatter › area: area must be one of: basics, retina, cornea, parkinsons, spinal-cord, .* \(got "liver"\)\./,
  },
  'broken-mdx': {
    source: `${frontmatter()}\nA first paragraph.\n\nA citation left open.<Cite id="soma-2024">\n\nMore text.\n`,
    line: 12,
    expect:
      /: MDX syntax: .+\. Check that every <Component> is closed \(<Cite id="x" \/>\) and that \{ \} < > in text are escaped\./,
  },
} as const;

describe('npm run check (node scripts/check.ts) on broken chapters', () => {
  let dir: string;
  let result: SpawnSyncReturns<string>;
  let errorLines: string[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'reprogrammed-check-'));
    for (const p of ['content', 'src', 'scripts', 'package.json'])
      cpSync(join(REPO, p), join(dir, p), { recursive: true });
    // The check only reads, so one symlink to the project's packages is enough here.
    symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const [name, { source }] of Object.entries(BROKEN))
      writeFileSync(join(dir, 'content/chapters', `${name}.mdx`), source);
    result = spawnSync(NODE, ['scripts/check.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    errorLines = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => l.startsWith('error '));
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('exits with code 1', () => {
    expect(result.status).toBe(1);
  });

  it('prints every problem in one run, and a total', () => {
    expect(errorLines, errorLines.join('\n')).toHaveLength(Object.keys(BROKEN).length);
    expect(result.stderr).toMatch(/✗ 5 problem\(s\) to fix/);
  });

  for (const [name, spec] of Object.entries(BROKEN)) {
    it(`${name}: names the file${spec.line ? ' and line' : ' and field'}, and says how to fix it`, () => {
      const file = `content/chapters/${name}.mdx`;
      const mine = errorLines.filter((l) => l.includes(`${file}:`) || l.includes(`${file} `));
      expect(mine, errorLines.join('\n')).toHaveLength(1);
      const where = spec.line ? `error    ${file}:${spec.line}` : `error    ${file} › frontmatter`;
      expect(mine[0]!.startsWith(where), mine[0]).toBe(true);
      expect(mine[0]).toMatch(spec.expect);
    });
  }

  it('prints no stack trace', () => {
    const out = `${result.stdout}\n${result.stderr}`;
    expect(out).not.toMatch(/^\s+at\s/m);
    expect(out).not.toMatch(/node:internal|\.ts:\d+:\d+\)?$/m);
  });
});
