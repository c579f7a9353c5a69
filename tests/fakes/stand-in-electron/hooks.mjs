// Module hooks for the stand-in Electron: `electron` resolves to the fake, as Electron itself resolves it
// to its built-in module, whatever the app's node_modules hold.
let electronUrl;

export function initialize(data) {
  electronUrl = data.electronUrl;
}

export function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: electronUrl, shortCircuit: true };
  return nextResolve(specifier, context);
}
