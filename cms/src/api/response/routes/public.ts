import { publicRoute } from '../../../public-route';

// Responses' public routes, guarded like every public route (src/middlewares/public-routes.ts):
// the response form and the report button count against the forms' rate limit, the pages behind
// the links in the author's mail (confirm, withdraw) against the links' own.
export default {
  routes: [
    publicRoute('POST', '/responses', 'public.respond'),
    publicRoute('POST', '/responses/report', 'public.report'),
    publicRoute('GET', '/responses/confirm', 'public.confirmPage', { limit: 'link' }),
    publicRoute('POST', '/responses/confirm', 'public.confirm', { limit: 'link' }),
    publicRoute('GET', '/responses/withdraw', 'public.withdrawPage', { limit: 'link' }),
    publicRoute('POST', '/responses/withdraw', 'public.withdraw', { limit: 'link' }),
  ],
};
