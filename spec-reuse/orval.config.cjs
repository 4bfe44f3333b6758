// orval settings for `make spec-reuse` (scripts/spec_reuse.py passes the paths in the environment).
// The `fetch` client needs no runtime dependency: what compiles here compiles in any project.
module.exports = {
  a2e: {
    input: { target: process.env.A2E_SPEC },
    output: {
      target: process.env.A2E_ORVAL_OUT,
      client: 'fetch',
      mode: 'single',
      baseUrl: 'https://video.a2e.ai',
      prettier: false,
      clean: false,
    },
  },
};
