import './styles/theme.css';
// First, so a language's texts are asked for before the view is mounted.
import './boot';
import './shell';
