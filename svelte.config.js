/** Svelte 5 compiles TypeScript in components itself; no preprocessor needed. */
export default {};
