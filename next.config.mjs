/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and WebAssembly packages stay in node_modules instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  // The build type-checks the app only; `npm test` type-checks everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
};

export default nextConfig;
