/**
 * Svelte action for a box that scrolls sideways on a narrow screen (a wide table or chart): while
 * its content is wider than it, it takes keyboard focus (tabindex 0), so keys can scroll it; when
 * everything fits, as on a desktop, it is no tab stop.
 */
export function scrollRegion(node: HTMLElement) {
  const check = () => {
    if (node.scrollWidth > node.clientWidth + 1) node.tabIndex = 0;
    else node.removeAttribute('tabindex');
  };
  const resized = new ResizeObserver(check);
  const watch = () => {
    resized.disconnect();
    resized.observe(node);
    for (const child of node.children) resized.observe(child);
    check();
  };
  // A redrawn chart replaces the content: watch the new one.
  const replaced = new MutationObserver(watch);
  replaced.observe(node, { childList: true });
  watch();
  return {
    destroy: () => {
      resized.disconnect();
      replaced.disconnect();
    },
  };
}
