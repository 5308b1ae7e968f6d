/**
 * The badge's stylesheet. `all: initial` on the host keeps marketplace CSS out; sizes are in px
 * because `rem` would follow the page's root font size. Inline-block with no margins keeps the
 * card's layout intact; the panel is absolutely positioned so it never shifts the page.
 */
export const BADGE_STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; position: relative; max-width: 100%;
  font: 12px/16px system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif; }
.badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 6px; border-radius: 9px;
  border: 1px solid transparent; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 100%;
  cursor: default; outline: none; }
.badge:focus-visible { box-shadow: 0 0 0 2px #2563eb; }
.badge[data-verdict="below"] { background: #dcfce7; color: #14532d; border-color: #86efac; }
.badge[data-verdict="above"] { background: #fee2e2; color: #7f1d1d; border-color: #fca5a5; }
.badge[data-verdict="in-line"] { background: #e0f2fe; color: #0c4a6e; border-color: #7dd3fc; }
.badge[data-verdict="unknown"] { background: #f3f4f6; color: #374151; border-color: #d1d5db; }
.badge[data-verdict="none"] { background: transparent; color: #9ca3af; border-color: #e5e7eb; font-size: 11px; }
.panel { display: none; position: absolute; z-index: 2147483647; left: 0; top: calc(100% + 4px); min-width: 220px;
  max-width: 320px; padding: 8px 10px; border-radius: 6px; background: #111827; color: #f9fafb;
  box-shadow: 0 4px 14px rgba(0,0,0,.25); white-space: normal; }
.badge:hover .panel, .badge:focus .panel { display: block; }
.row { display: block; }
@media (prefers-color-scheme: dark) {
  .badge[data-verdict="below"] { background: #14532d; color: #dcfce7; border-color: #166534; }
  .badge[data-verdict="above"] { background: #7f1d1d; color: #fee2e2; border-color: #991b1b; }
  .badge[data-verdict="in-line"] { background: #0c4a6e; color: #e0f2fe; border-color: #075985; }
  .badge[data-verdict="unknown"] { background: #374151; color: #f3f4f6; border-color: #4b5563; }
  .panel { background: #f9fafb; color: #111827; }
}
`;
