import './styles/theme.css';
// First, so the view's code and texts are on their way while the app shell loads and is evaluated.
import './boot';

// The shell (the Svelte runtime, which mounts the view) is fetched beside this chunk: the page preloads it.
void import('./shell');
