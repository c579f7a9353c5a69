// The language bundles are found with Vite's `import.meta.glob`, which main, renderer and vitest all build with.
/// <reference types="vite/client" />
