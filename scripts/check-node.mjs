// Plain JavaScript on purpose: it must run on any Node and say clearly when Node is too old,
// before the TypeScript scripts (which need Node's built-in type stripping) are loaded.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `\nThis project needs Node.js 22.12 or newer (24 recommended, see .nvmrc); this is Node ${process.versions.node}.\n` +
      'Install Node 24 (for example `nvm install 24 && nvm use 24`) and run the command again.\n',
  );
  process.exit(1);
}
