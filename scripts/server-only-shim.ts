// Scripts run app modules outside Next.js, where `import "server-only"` would throw. They are
// server-side by nature: register the guard as already loaded. Import this first.
const id = require.resolve("server-only");
require.cache[id] = { id, filename: id, loaded: true, exports: {} } as NodeJS.Module;
