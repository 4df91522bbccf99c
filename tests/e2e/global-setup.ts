import { extensionDir } from './harness/paths';

// Fails the e2e run at once, with what to run, when a build or a browser is missing (the suite builds nothing).
export default function setup(): void {
  extensionDir('chromium');
  extensionDir('firefox');
}
