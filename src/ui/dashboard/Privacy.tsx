/** The privacy statement. Keep it true: update it whenever what the extension stores or sends changes. */
export function Privacy() {
  return (
    <div class="privacy">
      <h3>What is stored</h3>
      <p>
        The claims database (entities, designations, casualty reports and fact-checks, including the rows you
        add, edit or import) and your settings: the sites where highlighting is switched off and the quotes
        you marked “this is not a claim” on each site. Both are kept locally in this browser’s extension
        storage, on this computer only. Removing the extension deletes them.
      </p>
      <h3>What never leaves your computer</h3>
      <p>
        The text of the pages you read. Claims are found and checked inside your browser, against the local
        database; page text, the addresses of pages you visit and the claims found on them are never sent
        anywhere.
      </p>
      <h3>Network requests</h3>
      <p>
        ClaimCheck makes no network requests of its own except fetching the claim packs you subscribe to
        (Subscriptions), from those addresses only, with permission for each site asked when you subscribe.
        Those requests carry no cookies, no referrer and nothing about the pages you read. Links in the
        dashboard and in claim cards open only when you click them.
      </p>
      <h3>No analytics</h3>
      <p>No analytics, telemetry, crash reporting, tracking or accounts.</p>
    </div>
  );
}
