import { publicRoute } from '../../../public-route';

// Seminar registration's public routes, guarded like every public route: the form counts against
// the forms' rate limit, the pages behind the links in the registrant's mail against the links' own.
export default {
  routes: [
    publicRoute('POST', '/registrations', 'registration.register'),
    publicRoute('GET', '/registrations/confirm', 'registration.confirmPage', { limit: 'link' }),
    publicRoute('POST', '/registrations/confirm', 'registration.confirm', { limit: 'link' }),
    publicRoute('GET', '/registrations/cancel', 'registration.cancelPage', { limit: 'link' }),
    publicRoute('POST', '/registrations/cancel', 'registration.cancel', { limit: 'link' }),
  ],
};
