// ESLint 9 flat config: Next.js's own rules (core web vitals, React, hooks, jsx-a11y, import) and
// typescript-eslint's recommended rules, as eslint-config-next 16 ships them natively as flat configs.
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const config = [
  {
    ignores: [
      "**/.next/**",
      "node_modules/**",
      "server/db/generated/**",
      "server/db/generated-postgresql/**",
      "data/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...tseslint.configs.stylistic,
  {
    rules: {
      // eslint-config-next only warns on these; the lint script fails on warnings too, so make intent explicit.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // import() types are how ambient module declarations and vi.mock's importOriginal name a module's types.
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "separate-type-imports", disallowTypeAnnotations: false },
      ],
      // Index loops over typed arrays in the analysis hot paths are deliberate (measured in npm run bench).
      "@typescript-eslint/prefer-for-of": "off",
    },
  },
  {
    files: ["tests/**", "bench/**"],
    rules: {
      // No React here: useBrowserPage and friends are Vitest lifecycle helpers, not React hooks.
      "react-hooks/rules-of-hooks": "off",
    },
  },
];

export default config;
