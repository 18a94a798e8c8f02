/**
 * Every chart's data as a plain table: rendered under the chart ("Show data"), published as CSV
 * for download, and the single place a chart's numbers are listed in words.
 */
import { formatCells, formatNumber } from '../../lib/format.ts';
import type { Lang } from '../../schemas/translation.ts';

export type Cell = string | number;

/**
 * A cell as a reader of the page's language reads it: 5,000,000 on English pages, 500万 on
 * Japanese ones (万 and 億 from ten thousand up, plain digits below). Years and other numbers under
 * 10,000 stay as they are in both. The CSV keeps the raw number (toCsv).
 */
export function formatCell(v: Cell, lang: Lang = 'en'): string {
  if (typeof v !== 'number') return v;
  if (Math.abs(v) < 10000) return String(v);
  return lang === 'ja' ? formatCells(v, 'ja') : formatNumber(v, 'en');
}

export interface ChartTable {
  columns: string[];
  rows: Cell[][];
}

/** RFC 4180: CRLF line ends; fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function toCsv({ columns, rows }: ChartTable): string {
  const field = (v: Cell) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The inverse of toCsv, used by the tests and by anyone checking a download. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
