// The baseline of the page-speed benchmark (bench/page-speed.ts): a hello-world page of the same
// Next.js and React as Parley (the repository's node_modules), built and served with `next start`.
export const metadata = { title: "Hello" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
