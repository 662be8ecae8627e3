(() => {
  const e = performance.getEntriesByType("resource");
  function span(re) { const x = e.filter((i) => re.test(i.name)); return x.length ? Math.round(Math.min(...x.map((i) => i.startTime))) + "-" + Math.round(Math.max(...x.map((i) => i.responseEnd))) + " (" + x.length + ", " + Math.round(x.reduce((n, i) => n + i.encodedBodySize, 0) / 1024) + " KB)" : "-"; }
  const nav = performance.getEntriesByType("navigation")[0];
  return { html: Math.round(nav.responseEnd), dcl: Math.round(nav.domContentLoadedEventEnd), assets: span(/assets\//), manifest: span(/index\.json$/), terms: span(/\/terms\//), results: span(/\/han[st]\//), now: Math.round(performance.now()) };
})()
