// The host as one script: what a module built with `ideo build --js` carries inside its wrapper, so
// it needs no compiler. `npm run build` bundles this file (scripts/build-host.ts) into build/host.js,
// and the wrapper (wrapper.ts) embeds that text: load() and the wrapper run the same code.
export { instantiate, IdeoFault, HostImportError } from "./instance.js";
export { bindExports } from "./bind.js";
