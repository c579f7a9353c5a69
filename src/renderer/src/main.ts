/**
 * The dev server's one page, for every view: the view comes from the URL. A build has a page per view
 * instead, each with its view's code in its one script (bundling/view-pages.ts).
 */
import './styles/theme.css';
import { view } from './boot';
import { showView } from './shell';
import { loadView } from './views';

showView(view, () => loadView(view));
