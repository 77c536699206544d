// The preview renderer's parts, for the preview service (scripts/preview-service.ts): import it
// as `@mip/site/preview`. Node runs these modules itself; only the templates go through Vite.
export { createCmsClient, type CmsQuery } from '../lib/cms/client.ts';
export { fetchCollection, type CollectionKey } from '../lib/cms/content.ts';
export { mediaUrl, type Content } from '../lib/cms/index.ts';
export { readSnapshotContent } from '../lib/cms/snapshot.ts';
export { previewView, withDraft, type DraftDocument } from './model.ts';
export { loadSiteTemplates, type SiteTemplates } from './templates.ts';
