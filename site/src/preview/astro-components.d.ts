// For `tsc`, which cannot read .astro files (`astro check` types them itself): render.ts imports
// the page component to hand it to Astro's container.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
