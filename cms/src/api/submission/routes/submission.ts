import { MAX_ATTACHMENTS } from '@mip/shared-types';
import { publicRoute } from '../../../public-route';

// The only routes the anonymous public may call: sending a good practice, a partner request or
// a message. No content type behind them; everything they create is a draft for editors. The
// public-routes middleware guards them (rate limit, caps, parsing) before they run.
export default {
  routes: [
    publicRoute('POST', '/submissions/good-practice', 'submission.goodPractice', { files: MAX_ATTACHMENTS }),
    publicRoute('POST', '/submissions/partner-request', 'submission.partnerRequest'),
    publicRoute('POST', '/submissions/contact', 'submission.contact'),
  ],
};
