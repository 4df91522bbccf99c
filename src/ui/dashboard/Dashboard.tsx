export function Dashboard() {
  return (
    <main>
      <h1>ClaimCheck dashboard</h1>
    </main>
  );
}
