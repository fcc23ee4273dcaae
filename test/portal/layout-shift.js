// Collects every layout shift from the start of the page, as the CLS metric counts them (no input excluded
// here), with what moved, for a message that says where to look.
window.__shifts = [];
window.__shiftSources = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__shifts.push(entry.value);
    for (const source of entry.sources ?? []) {
      const node = source.node;
      const name = node ? (node.nodeType === 1 ? `${node.localName}.${node.className}` : `#text "${node.textContent.slice(0, 20)}"`) : '?';
      const host = node?.getRootNode?.().host;
      const r = (rect) => `(${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}x${Math.round(rect.height)})`;
      window.__shiftSources.push(`${entry.value.toFixed(4)} @${Math.round(entry.startTime)}ms ${host ? `${host.localName}.${host.className} ` : ''}${name} ${r(source.previousRect)} → ${r(source.currentRect)}`);
    }
  }
}).observe({ type: 'layout-shift', buffered: true });
