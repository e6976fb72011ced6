// The command line keeps its persisted index under the user's cache folder by default: tests that run it point
// that folder at a temporary one, so they never read an index left by an earlier run nor write to the user's.
import { tempFolder } from './tempFolders';

process.env.XDG_CACHE_HOME = tempFolder('xdg-cache');
