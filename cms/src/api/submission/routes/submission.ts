// The only routes the anonymous public may call: sending a good practice, a partner request or
// a message. No content type behind them; everything they create is a draft for editors.
const guarded = { auth: false as const, middlewares: ['global::submission-guard'] };

export default {
  routes: [
    { method: 'POST', path: '/submissions/good-practice', handler: 'submission.goodPractice', config: guarded },
    { method: 'POST', path: '/submissions/partner-request', handler: 'submission.partnerRequest', config: guarded },
    { method: 'POST', path: '/submissions/contact', handler: 'submission.contact', config: guarded },
  ],
};
