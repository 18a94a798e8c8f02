/** <ApprovalPath products="amchepry reheart" title="..." takeaway="..." />; default: every product, by first stage date. */
import { defineChart, idList } from '../define.ts';
import { FACTS_AS_OF } from '../../site.config.ts';
import { shortCite } from '../../lib/reference-format.ts';
import { localize } from '../../schemas/translation.ts';
import { approvalNotes, approvalRefs, approvalSummary, approvalTable } from './describe.ts';
import { pathProduct } from './layout.ts';
import { byFirstStage } from './stages.ts';
import type { Product } from '../../schemas/product.ts';
import { strings } from './strings.ts';

export const approvalPath = defineChart<{ products: Product[]; asOf: string }, 'ApprovalPath'>({
  name: 'ApprovalPath',
  about: "each product's stages on one time axis, with the conditional-approval period and its deadline",
  props: {
    products: { help: 'space-separated product ids; default all', refersTo: 'product' },
  },
  idProps: ['products'],
  async load(input, lang, data) {
    const all = await data.all('products');
    const ids = idList(input.products);
    for (const pid of ids) {
      if (!all.some((p) => p.id === pid))
        throw new Error(`<ApprovalPath>: no product "${pid}" in content/data/products.yaml.`);
    }
    // Ordered on the English records, so rows come in the same order in every language.
    const products = byFirstStage(ids.length ? all.filter((p) => ids.includes(p.id)) : all).map((p) =>
      localize(p, lang),
    );
    if (products.length === 0) throw new Error('<ApprovalPath>: content/data/products.yaml has no products to draw.');
    const refs = approvalRefs(products);
    const cites = new Map<string, string>();
    for (const r of refs) {
      const ref = await data.get('references', r);
      if (ref) cites.set(r, shortCite(ref));
    }
    const areas = new Set(products.map((p) => p.area));
    return {
      summary: approvalSummary(products, FACTS_AS_OF, lang),
      refs,
      table: approvalTable(products, (r) => cites.get(r) ?? r, lang),
      notes: approvalNotes(products, FACTS_AS_OF, lang),
      area: areas.size === 1 ? products[0]!.area : 'regulation',
      view: { products: products.map(pathProduct), asOf: FACTS_AS_OF },
    };
  },
  examples: [{ props: {} }],
  gallery: { en: strings.en.gallery, ja: strings.ja.gallery },
});
