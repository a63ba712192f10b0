/**
 * The layering of the code base, checked by `npm run lint` (dependency-cruiser).
 * shared/ is what both sides run, so it may import neither; the browser never imports the server; domain code
 * (rooms, storage, consortia, auth, export) knows nothing of HTTP; one file speaks WebSocket.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make load order and ownership unclear.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-is-standalone',
      severity: 'error',
      comment: 'shared/ runs in the browser and in Node: it must not import either side.',
      from: { path: '^shared/' },
      to: { path: '^(client|server|test|bench|scripts)/' },
    },
    {
      name: 'client-not-server',
      severity: 'error',
      comment: 'The browser bundle must never pull in server code.',
      from: { path: '^client/' },
      to: { path: '^(server|test|bench|scripts)/' },
    },
    {
      name: 'server-not-client',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(client|test|bench|scripts)/' },
    },
    {
      name: 'domain-not-http',
      severity: 'error',
      comment: 'Domain code throws domain errors; only server/http/ knows about statuses and requests.',
      from: { path: '^server/(consortia|rooms|storage|export|auth|domain|limits)/' },
      to: { path: '^server/http/' },
    },
    {
      name: 'one-websocket-file',
      severity: 'error',
      comment: 'Only the transport speaks WebSocket; rooms see a transport-neutral Connection.',
      from: { path: '^server/', pathNot: '^server/transport/wsTransport\\.ts$' },
      to: { path: 'node_modules/ws/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^pdfmake/interfaces$' },
      comment: 'pdfmake/interfaces is a types-only module from @types/pdfmake.',
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-server|\\.tmp)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
