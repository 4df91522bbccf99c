import '../../src/page/highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startClaimsPage } from '../../src/page/claims-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    return startClaimsPage(ctx);
  },
});
