/**
 * Arrow-key movement between a chart's marks, as a pure function so it is tested without a DOM.
 * Marks are in reading order; `columns` lets Up/Down jump a row in grid-like charts.
 */
export function nextIndex(current: number, key: string, count: number, columns = count): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return Math.min(count - 1, current + 1);
    case 'ArrowLeft':
      return Math.max(0, current - 1);
    case 'ArrowDown':
      return Math.min(count - 1, current + columns);
    case 'ArrowUp':
      return Math.max(0, current - columns);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
