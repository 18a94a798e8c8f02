/** Stable chart ids (for embeds, downloads and anchors) from the component and its data props. */
export function chartId(component: string, parts: (string | undefined)[]): string {
  const kebab = component.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  const rest = parts
    .filter(Boolean)
    .join(' ')
    .split(/[\s,]+/)
    .filter(Boolean)
    .join('-');
  return rest ? `${kebab}--${rest}` : kebab;
}
