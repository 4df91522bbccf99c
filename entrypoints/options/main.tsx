import { render } from 'preact';
import { Dashboard } from '../../src/ui/dashboard/Dashboard';
import '../../src/ui/dashboard/dashboard.css';

render(<Dashboard />, document.getElementById('app')!);
