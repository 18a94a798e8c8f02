/** The build's ChartData: records from Astro's content collections. */
import { getCollection, getEntry } from 'astro:content';
import type { ChartData, ChartRecords } from './define.ts';

export const astroData: ChartData = {
  async get<C extends keyof ChartRecords>(collection: C, id: string) {
    const entry = await getEntry(collection, id);
    return entry?.data as ChartRecords[C] | undefined;
  },
  async all<C extends keyof ChartRecords>(collection: C) {
    return (await getCollection(collection)).map((e) => e.data as ChartRecords[C]);
  },
};
