export function Popup() {
  return (
    <main>
      <h1>Claims on this page</h1>
    </main>
  );
}
