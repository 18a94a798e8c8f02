import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/index';
import { chartInstances, galleryItems } from '../../src/data/chart-instances';
import { LANGS } from '../../src/schemas/translation';

/** The gallery shows chapters' own chart instances, so a chart never has a second, gallery-only title. */
describe('gallery items', () => {
  it.each(LANGS)('(%s) are chapter instances, with the chapter’s title and takeaway', (lang) => {
    const instances = chartInstances('.', undefined, lang);
    const items = galleryItems(lang);
    for (const c of CHARTS) {
      const used = instances.filter((i) => i.component === c.name);
      const shown = items.get(c.name) ?? [];
      expect(shown.length, `${c.name}: at least one gallery item`).toBeGreaterThan(0);
      if (used.length === 0) continue;
      for (const item of shown) {
        const own = used.find((i) => i.id === item.id);
        expect(own, `${c.name}: gallery item ${item.id} is not used in any chapter`).toBeDefined();
        expect(item.chapter).toBe(own!.chapter);
        expect(item.props.title).toBe(own!.props.title);
        expect(item.props.takeaway).toBe(own!.props.takeaway);
      }
    }
  });
});

describe('chart instances', () => {
  it('reads a chapter again after it changes (the parse is cached by the file text)', async () => {
    const { mkdtempSync, writeFileSync, utimesSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'ca-instances-'));
    try {
      const file = join(dir, 'a-chapter.mdx');
      const chart = (title: string) =>
        `---\ntitle: A\n---\n\n<TrialCounts counts="kirkeby-2025-trials" title="${title}" takeaway="T." />\n`;
      writeFileSync(file, chart('First'));
      const first = chartInstances('/', dir, 'en');
      expect(first.map((i) => i.props.title)).toEqual(['First']);
      expect(chartInstances('/', dir, 'en')).toEqual(first);
      writeFileSync(file, chart('Second'));
      const later = new Date(Date.now() + 5000);
      utimesSync(file, later, later);
      expect(chartInstances('/', dir, 'en').map((i) => i.props.title)).toEqual(['Second']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
