/**
 * Stands in for WXT's ContentScriptContext in the content-script builds (see wxt.config.ts). Dossier's content
 * scripts never use the context: they add no timers or listeners that must stop when the extension updates, and a
 * leftover script from an old version only fails its messages, which every caller already handles. WXT's class
 * costs about 1 KB gzipped on every archive page.
 */
export class ContentScriptContext {}
