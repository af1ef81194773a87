// The repository resolves modules the Node 10 way, which ignores package "exports"; pure-rand publishes
// its entry points only there. These point the type checker at the files Node and Jest load.
declare module 'pure-rand/generator/xoroshiro128plus' {
  export * from 'pure-rand/lib/generator/xoroshiro128plus';
}
declare module 'pure-rand/distribution/uniformInt' {
  export * from 'pure-rand/lib/distribution/uniformInt';
}
