import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Composition root: wired in lib/background (see registerBackground).
});
