/*
 * Marks <html data-e2e-started> once RigScout's content script has started on a goofish page.
 * Right after its first scan of the page the content script asks the MAIN-world mtop hook to
 * replay the responses it missed; that request is a DOM event this page can see too. Tests
 * that must prove an absence (no badge on an empty search) wait for this mark instead of a
 * fixed sleep; pages that add cards "later" use it to be sure the first scan came first.
 */
document.addEventListener('rigscout:mtop-replay', () => {
  document.documentElement.setAttribute('data-e2e-started', '1');
});
