import { describe, expect, it } from 'vitest';
import { formatCell, toCsv } from '../../../src/charts/shared/table';

describe('table cells for readers', () => {
  it('groups large numbers in English and counts them in 万 and 億 in Japanese', () => {
    expect(formatCell(5000000, 'en')).toBe('5,000,000');
    expect(formatCell(5000000, 'ja')).toBe('500万');
    expect(formatCell(100000000, 'ja')).toBe('1億');
    expect(formatCell(25000, 'en')).toBe('25,000');
    expect(formatCell(25000, 'ja')).toBe('2.5万');
  });
  it('leaves years, small counts and text alone', () => {
    expect(formatCell(2018, 'en')).toBe('2018');
    expect(formatCell(2018, 'ja')).toBe('2018');
    expect(formatCell(7, 'ja')).toBe('7');
    expect(formatCell('August 2018', 'en')).toBe('August 2018');
  });
  it('keeps raw numbers in the CSV download', () => {
    expect(toCsv({ columns: ['n'], rows: [[5000000]] })).toBe('n\r\n5000000\r\n');
  });
});
