import { render } from 'preact';
import { Dashboard } from '../../src/ui/dashboard/Dashboard';

render(<Dashboard />, document.getElementById('app')!);
