/**
 * The tab the popup describes: the active tab of the current window, or the one named by
 * `?tab=<id>` (used when the popup is opened as a page, by the demo and the end-to-end tests).
 */
export async function currentTabId(
  popupUrl: URL,
  queryActive: () => Promise<{ id?: number }[]>,
): Promise<number | null> {
  const named = popupUrl.searchParams.get('tab');
  if (named !== null && /^\d+$/.test(named)) return Number(named);
  const [tab] = await queryActive();
  return tab?.id ?? null;
}
