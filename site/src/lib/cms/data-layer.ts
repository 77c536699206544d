// The site's data layer for the other workspaces (the CMS's tests of the site's queries, the
// scripts' incremental-build test and benchmarks): import it as `@mip/site/data-layer`, never by
// a path into site/src.
export { createCmsClient, type CmsQuery } from './client.ts';
export { fetchSiteContent, type SiteContent } from './content.ts';
export { PAGE_SIZE } from './paginate.ts';
export { loadContent, type LoadOptions } from './snapshot.ts';
