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
