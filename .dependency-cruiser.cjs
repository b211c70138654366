/**
 * The project's layering as rules (docs/architecture.md). Dependencies point down only:
 *   web → contract, shared
 *   cli → api (serve), services, …      api → services, contract, …
 *   services → store, analysis, geo, search, contract, domain, shared
 *   store → contract, domain, shared     analysis → geo, search, contract, domain, shared
 *   geo, search → contract, domain, shared
 *   contract → domain, shared            domain → shared            shared → nothing of ours
 * The pure layers (shared, domain, contract, geo, search, analysis) do no I/O: no file system,
 * network, processes, worker threads or operating-system calls.
 */
const PURE = '^src/(shared|domain|contract|geo|search|analysis)/';

module.exports = {
  forbidden: [
    {
      name: 'pure-layers-stay-pure',
      comment: 'domain, geo, search, analysis, contract and shared never import the I/O layers or the configuration',
      severity: 'error',
      from: { path: PURE },
      to: { path: '^src/(store|services|api|cli)/|^src/config\\.ts$' },
    },
    {
      name: 'pure-layers-do-no-io',
      comment: 'the pure layers use no Node module that reaches outside the process (files, network, processes, threads, the OS)',
      severity: 'error',
      from: { path: PURE },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|net|http|https|http2|dgram|dns|child_process|worker_threads|cluster|os|readline|tls|process)$' },
    },
    {
      name: 'shared-is-the-bottom',
      comment: 'the small shared utilities depend on nothing of ours',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
    {
      name: 'domain-depends-on-shared-only',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/', pathNot: '^src/(domain|shared)/' },
    },
    {
      name: 'contract-depends-on-domain-only',
      comment: 'the contract shared with the browser must not pull in analysis, geo or search code',
      severity: 'error',
      from: { path: '^src/contract/' },
      to: { path: '^src/', pathNot: '^src/(contract|domain|shared)/' },
    },
    {
      name: 'geo-and-search-below-analysis',
      severity: 'error',
      from: { path: '^src/(geo|search)/' },
      to: { path: '^src/analysis/' },
    },
    {
      name: 'store-below-services',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(services|api|cli|analysis|geo|search)/' },
    },
    {
      name: 'services-never-import-http-or-cli',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: '^src/(api|cli)/' },
    },
    {
      name: 'api-never-imports-cli',
      severity: 'error',
      from: { path: '^src/api/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'web-imports-only-the-contract',
      comment: 'the browser app talks to the server over HTTP; from src/ it shares only the contract and the small utilities',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^src/', pathNot: '^src/(contract|shared)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(src|web/src)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
