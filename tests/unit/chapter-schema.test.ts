import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChapterSource } from '../../src/data/read-chapters';
import { formatProblem } from '../../src/schemas/format-issues';

const fixture = (name: string) => {
  const file = `tests/fixtures/chapters/${name}.mdx`;
  return checkChapterSource(file, readFileSync(file, 'utf8')).problems.map(formatProblem);
};

describe('chapter frontmatter checks', () => {
  it('accept a valid chapter', () => {
    expect(fixture('valid')).toEqual([]);
  });

  it('name the file and the field when the title is missing', () => {
    expect(fixture('missing-title')).toEqual([
      'tests/fixtures/chapters/missing-title.mdx:1 › frontmatter › title: title is required.',
    ]);
  });

  it('list the allowed areas when the area is unknown', () => {
    const [msg] = fixture('unknown-area');
    expect(msg).toContain('unknown-area.mdx:4 › frontmatter › area');
    expect(msg).toContain('got "liver"');
    expect(msg).toMatch(/must be one of: basics, retina, cornea, parkinsons, spinal-cord/);
  });

  it('reject dates that do not exist or are not YYYY-MM-DD, saying the form to use', () => {
    const msgs = fixture('bad-date');
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toContain('› updated: updated must be a real date written YYYY-MM-DD');
    expect(msgs[0]).toContain('"2026-02-30"');
    expect(msgs[1]).toContain('› asOf: asOf must be a real date written YYYY-MM-DD');
  });

  it('name an unknown frontmatter key and list the allowed ones', () => {
    expect(fixture('unknown-key')).toEqual([
      'tests/fixtures/chapters/unknown-key.mdx:8 › frontmatter: Unknown frontmatter key(s): author. Allowed keys: title, description, area, order, published, updated, asOf, keywords, draft.',
    ]);
  });

  it('report broken MDX with its line and a hint, not a stack trace', () => {
    const [msg, ...rest] = fixture('broken-mdx');
    expect(rest).toEqual([]);
    expect(msg).toMatch(/^tests\/fixtures\/chapters\/broken-mdx\.mdx:\d+: MDX syntax: /);
    expect(msg).toContain('Check that every <Component> is closed');
    expect(msg).not.toMatch(/\bat .*\.js:\d+/);
  });
});
