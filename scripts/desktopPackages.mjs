// Which production dependencies the packaged desktop app carries in its node_modules: only what
// its main process loads at run time (RUNTIME below and what they depend on). The renderer's
// libraries are bundled into dist/renderer by Vite, and the relay's run on a server of their own,
// so electron-builder.yml leaves them out; desktopPackages.test.ts keeps that list in step with
// package-lock.json.

/** What dist/electron/main.js requires from node_modules (scripts/build-electron.mjs keeps them external). */
export const RUNTIME = ['ws', 'bonjour-service', 'electron-updater'];

/** The top-level packages of the production tree that the desktop app does not load, sorted. */
export function packagesOutsideDesktop(lock) {
  const packages = lock.packages;
  const resolve = (name, from) => {
    for (let dir = from; ;) {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (!dir) return null;
      const at = dir.lastIndexOf('/node_modules/');
      dir = at < 0 ? '' : dir.slice(0, at);
    }
  };
  const closure = (roots) => {
    const seen = new Set();
    const todo = roots.map((name) => resolve(name, ''));
    while (todo.length > 0) {
      const path = todo.pop();
      if (!path || seen.has(path)) continue;
      seen.add(path);
      const entry = packages[path];
      for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies }))
        todo.push(resolve(dep, path));
    }
    return seen;
  };
  const desktop = closure(RUNTIME);
  const production = closure(Object.keys(packages[''].dependencies ?? {}));
  return [...production]
    .filter((path) => !desktop.has(path) && path.split('node_modules/').length === 2)
    .map((path) => path.slice('node_modules/'.length))
    .sort();
}
