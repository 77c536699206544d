import { publicRoute } from '../../../public-route';

// Email alerts' public routes (guarded by the public-routes middleware like every public route):
// the form anyone may send counts against the forms' rate limit; the pages behind a mail's signed
// link against the looser one of their own. What the rebuild service tells the CMS once a release
// is live comes on an internal route (src/api/alert/internal.ts), never through the public proxy.
export default {
  routes: [
    publicRoute('POST', '/alerts/subscribe', 'alert.subscribe'),
    publicRoute('GET', '/alerts/confirm', 'alert.confirmPage', { limit: 'link' }),
    publicRoute('POST', '/alerts/confirm', 'alert.confirm', { limit: 'link' }),
    publicRoute('GET', '/alerts/unsubscribe', 'alert.unsubscribePage', { limit: 'link' }),
    // RFC 8058 allows the one-click POST as multipart/form-data.
    publicRoute('POST', '/alerts/unsubscribe', 'alert.unsubscribe', { limit: 'link', multipart: true }),
    publicRoute('GET', '/alerts/subscriptions', 'alert.managePage', { limit: 'link' }),
    publicRoute('POST', '/alerts/subscriptions', 'alert.manage', { limit: 'link' }),
  ],
};
