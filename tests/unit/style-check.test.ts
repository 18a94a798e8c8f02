/**
 * The house style check (src/data/style-check.ts): rules from content/style/*.yaml are matched in
 * reader-facing text only (chapters, data, interface strings), in the right language, and each
 * match names the file, the line, the banned form and the fix. Japanese matches are warnings until
 * the style pass is done; English matches fail the check. Also: the project's own ja.yaml compiles
 * and catches the forms docs/ja-style.md bans.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chapterText,
  checkStyle,
  dataSpans,
  interfaceSpans,
  matchRules,
  readStyleRules,
  type TextSpan,
} from '../../src/data/style-check.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'style-check-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

const JA_RULES = `- pattern: '作(?:る|り|っ)'
  message: is written in hiragana.
  fix: つくる
- pattern: 'ドーパミン'
  message: is written ドパミン.
  fix: ドパミン
`;
const EN_RULES = `- pattern: '(?i:our fact base)'
  message: talks about the site's own files.
  fix: name the kind of source
`;

const FRONTMATTER = (title: string) => `---
title: '${title}'
description: 'A description long enough for the schema of a chapter, forty characters or more.'
area: parkinsons
order: 40
updated: 2026-11-26
asOf: 2026-11-20
---
`;

describe('the style check on a fixture project', () => {
  const root = project({
    'content/style/ja.yaml': JA_RULES,
    'content/style/en.yaml': EN_RULES,
    'content/chapters/ja/parkinsons.mdx': `${FRONTMATTER('ドーパミンの細胞')}
import X from '../../x.astro';

{/* 作る: a comment for writers, not for readers */}
細胞を作りました。<Cite id="ドーパミン-2025" />

<TrialOutcomes trial="x" title="ドーパミンを出す細胞" takeaway="よくなりました。" />
`,
    'content/chapters/parkinsons.mdx': `${FRONTMATTER('Dopamine cells')}
Our fact base says so. [Link](https://example.org/our-fact-base)
`,
    'content/data/trials.yaml': `- id: parkinsons-kyoto
  name: A trial; our fact base has the paper
  refs: [作る-2020]
  ja:
    name: ドーパミン細胞の治験
    aliases: [細胞を作る]
`,
    'src/i18n/ja.ts': `export const ja = {
  // 作る: a code comment
  a: 'ドーパミン',
  b: 'our fact base',
};
`,
  });
  const result = checkStyle(root, { jaChapterErrors: false, jaErrors: false });
  const all = [...result.errors, ...result.warnings];

  it('reads every rule file, with the language from the file name', () => {
    expect(result.rules).toBe(3);
    const { rules } = readStyleRules(root);
    expect(rules.map((r) => r.lang)).toEqual(['en', 'ja', 'ja']);
  });

  it('finds Japanese forms in a chapter, with file and line, as warnings while the pass is pending', () => {
    const chapter = result.warnings.filter((p) => p.file === 'content/chapters/ja/parkinsons.mdx');
    expect(chapter.map((p) => [p.line, /"(.+?)"/.exec(p.message)?.[1]])).toEqual([
      [2, 'ドーパミン'], // title in the frontmatter
      [13, '作り'], // running text
      [15, 'ドーパミン'], // a chart title
    ]);
    expect(chapter[1]!.message).toMatch(/Write: つくる \(rule: content\/style\/ja\.yaml:1\)/);
  });

  it('skips what readers do not see: comments, imports, ids, link targets', () => {
    const lines = all.map((p) => `${p.file}:${p.line}`);
    expect(lines).not.toContain('content/chapters/ja/parkinsons.mdx:12'); // the comment
    expect(lines).not.toContain('content/data/trials.yaml:3'); // refs
    expect(lines).not.toContain('src/i18n/ja.ts:2'); // code comment
    expect(all.filter((p) => p.file === 'content/chapters/parkinsons.mdx').map((p) => p.line)).toEqual([10]);
  });

  it('matches Japanese rules in ja: data and English rules elsewhere', () => {
    const data = all.filter((p) => p.file === 'content/data/trials.yaml').sort((a, b) => a.line! - b.line!);
    expect(data.map((p) => [p.line, /"(.+?)"/.exec(p.message)?.[1]])).toEqual([
      [2, 'our fact base'],
      [5, 'ドーパミン'],
      [6, '作る'],
    ]);
  });

  it('English matches fail the check; Japanese ones fail it too, and can be made warnings while a pass is under way', () => {
    // The default: the style pass is done, so every match is an error.
    const strict = checkStyle(root);
    expect(strict.warnings).toEqual([]);
    expect(strict.errors).toHaveLength(all.length);
    // During a pass, Japanese data and interface strings can be reported as warnings only.
    const chaptersStrict = checkStyle(root, { jaErrors: false, jaChapterErrors: true });
    expect(chaptersStrict.errors.map((p) => p.file)).toContain('content/chapters/ja/parkinsons.mdx');
    expect(chaptersStrict.warnings.map((p) => p.file).sort()).toEqual([
      'content/data/trials.yaml',
      'content/data/trials.yaml',
      'src/i18n/ja.ts',
    ]);
    expect(result.errors.map((p) => `${p.file}:${p.line}`).sort()).toEqual([
      'content/chapters/parkinsons.mdx:10',
      'content/data/trials.yaml:2',
      'src/i18n/ja.ts:4',
    ]);
  });

  it('judges the language of an interface string by its text', () => {
    expect(interfaceSpans(`const s = { a: 'ドーパミン', b: "plain", c: \`x\` };`).map((s) => s.lang)).toEqual([
      'ja',
      'en',
      'en',
    ]);
    expect(interfaceSpans('<text x="1">作った細胞</text>').map((s) => s.text)).toContain('作った細胞');
  });
});

describe('rule files that cannot be used are problems, not silence', () => {
  it('names the file, line and what to fix', () => {
    const root = project({
      'content/style/ja.yaml': `- pattern: '作(る'
  message: bad regex
  fix: x
- pattern: 'ok'
  fix: x
- pattern: 'x*'
  message: matches nothing at all
  fix: y
- pattern: 'z'
  message: m
  fix: f
  lang: fr
`,
    });
    const { rules, problems } = readStyleRules(root);
    expect(rules).toEqual([]);
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [1, 'pattern is not a valid regular expression'],
      [4, 'message is missing'],
      [6, 'pattern matches empty text, so it would flag every line'],
      [9, 'lang must be ja, en or any (got "fr").'],
    ]);
    expect(checkStyle(root).errors).toHaveLength(4);
  });
});

describe('the text a chapter shows', () => {
  it('keeps prose and text attributes at their lines, blanks the rest', () => {
    const text = chapterText(`---
title: 'タイトル'
area: parkinsons
---
本文<Term id="作る">語</Term>です。[章](../作る/)
<Callout title="注意" kind="warning">
`);
    const lines = text.split('\n');
    expect(lines[1]!.trim()).toBe("'タイトル'");
    expect(lines[2]!.trim()).toBe('');
    expect(lines[4]!.replace(/\s+/g, '')).toBe('本文語です。[章]');
    expect(lines[5]!.replace(/\s+/g, '')).toBe('注意');
  });

  it('data spans carry the line of their value', () => {
    const spans = dataSpans('- id: a\n  note: >-\n    one\n    two\n  ja:\n    note: 三\n', 'content/data/x.yaml');
    expect(spans.map((s) => [s.line, s.lang])).toEqual([
      [2, 'en'],
      [6, 'ja'],
    ]);
    const rule = { pattern: /two/gu, message: 'm', fix: 'f', lang: 'en' as const, source: 'r' };
    expect(matchRules('x', spans as TextSpan[], [rule])[0]!.line).toBe(4);
  });
});

describe("the project's Japanese rules (content/style/ja.yaml)", () => {
  const { rules, problems } = readStyleRules(REPO);
  const ja = rules.filter((r) => r.lang === 'ja');
  const hits = (text: string): string[] =>
    matchRules('t', [{ text, line: 1, lang: 'ja' }], ja).map((p) => /"(.+?)"/.exec(p.message)![1]!);

  it('all compile', () => {
    expect(problems).toEqual([]);
    expect(ja.length).toBeGreaterThan(20);
  });

  it.each([
    ['細胞を作りました。', '作り'],
    ['ドーパミンを出す細胞', 'ドーパミン'],
    ['細胞の表面のたんぱく質', 'たんぱく質'],
    ['患者さんの数', '患者さん'],
    ['日本は2つの製品に条件付き承認を与えました。', '承認を与え'],
    ['彼らは考えます。', '彼ら'],
    ['私たちの資料には書かれていません。', '私たちの資料'],
    ['約36億円（約3400万ドル）でした。', '円（約3400万ドル'],
    ['1,200人以上', '1,200'],
    ['直径4〜5 cmのシート', '5 cm'],
    ['約0.1ミリのシート', '1ミリ'],
    ['細胞が10^11個', '10^'],
    ['効果がありました.', 'た.'],
    ['名前(英語)', '前('],
    ['HLAホモ接合体のドナー', 'HLAホモ接合体のドナー'],
    ['比較対照群がない', '比較対照群'],
    ['重い有害事象はなかった', '重い有害事象'],
    ['3ヶ月後', 'ヶ月'],
    ['ビビアン・タバールさん', 'タバール'],
    ['\n## なぜ大切なのか\n', '## なぜ大切なのか'],
    ['幹細胞クリニックに注意', 'クリニックに注意'],
  ])('flags %j', (text, form) => {
    expect(hits(text)).toContain(form.trim());
  });

  it.each([
    '細胞をつくりました。iPS細胞の作製は2006年です。',
    'ドパミン神経前駆細胞',
    '1200人以上、2915平方メートル、0.1mm、4〜5cm、17%',
    '2つの道に分かれる。',
    '厚生労働省は2つの製品を承認しました。',
    'レイメイ（Raymei）という会社。',
    'HLAホモ接合体ドナー',
    '対照群',
    '重篤な有害事象',
    '3か月後',
    '効果が確かめられていない幹細胞治療に注意',
  ])('accepts %j', (text) => {
    expect(hits(text)).toEqual([]);
  });
});
