/**
 * The badge's stylesheet. `all: initial` on the host keeps marketplace CSS out; sizes are in px
 * because `rem` would follow the page's root font size. Inline-block with no margins and a
 * max-width keeps the card's layout intact. Every verdict has its own opaque fill and border,
 * so the badge reads the same on light and dark pages; the colours follow the user's scheme.
 * The panel is a top-layer popover (fixed, placed by script) or, without popover support,
 * absolutely positioned: either way it never moves the page.
 */
export const BADGE_STYLE = `
:host{all:initial;display:inline-block;vertical-align:middle;position:relative;max-width:100%;contain:layout style paint;
font:12px/16px system-ui,-apple-system,"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif}
.badge{display:inline-flex;align-items:center;box-sizing:border-box;max-width:100%;padding:1px 6px;
border-radius:9px;border:1px solid;cursor:default;outline:none;font-weight:600}
.label{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.badge:focus-visible{box-shadow:0 0 0 2px #2563eb}
.badge[data-verdict=below]{background:#dcfce7;color:#14532d;border-color:#4ade80}
.badge[data-verdict=above]{background:#fee2e2;color:#7f1d1d;border-color:#f87171}
.badge[data-verdict=in-line]{background:#e0f2fe;color:#0c4a6e;border-color:#38bdf8}
.badge[data-verdict=unknown]{background:#f3f4f6;color:#374151;border-color:#9ca3af;font-weight:400}
.badge[data-verdict=none]{background:rgba(128,128,128,.1);color:#6b7280;border-color:rgba(128,128,128,.35);
font-size:11px;font-weight:400}
.panel{display:none;position:absolute;z-index:2147483647;left:0;top:calc(100% + 4px);box-sizing:border-box;
min-width:220px;max-width:min(320px,calc(100vw - 8px));margin:0;padding:8px 10px;border:1px solid #374151;
border-radius:6px;background:#111827;color:#f9fafb;box-shadow:0 4px 14px rgba(0,0,0,.3);
white-space:normal;font-weight:400;text-align:left;overflow:visible}
.panel:popover-open{display:block;position:fixed;inset:auto}
.panel.open{display:block}
.row{display:block;margin:1px 0}
.row:first-child{font-weight:600}
@media (prefers-color-scheme:dark){
.badge[data-verdict=below]{background:#14532d;color:#dcfce7;border-color:#22c55e}
.badge[data-verdict=above]{background:#7f1d1d;color:#fee2e2;border-color:#ef4444}
.badge[data-verdict=in-line]{background:#0c4a6e;color:#e0f2fe;border-color:#0ea5e9}
.badge[data-verdict=unknown]{background:#374151;color:#f3f4f6;border-color:#6b7280}
.badge[data-verdict=none]{color:#9ca3af}
.panel{background:#f9fafb;color:#111827;border-color:#d1d5db}
}
`;
