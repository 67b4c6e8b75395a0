export default function HelloPage() {
  return (
    <main>
      <h1>Hello, world</h1>
      <p>A page of the same Next.js as Parley, to measure Parley&apos;s pages against.</p>
    </main>
  );
}
