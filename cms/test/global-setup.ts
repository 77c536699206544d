import { compileCms } from '@mip/cms/strapi';

// Compile the CMS TypeScript once; each test file then loads the compiled app.
export default async function setup() {
  await compileCms();
}
