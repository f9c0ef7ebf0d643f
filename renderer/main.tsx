import { createRoot } from 'react-dom/client'
import 'prosemirror-view/style/prosemirror.css'
import './styles/fonts.css'
import './styles/app.css'
import './styles/resolution.css'
import './styles/print.css'
import type { HostApi } from '../shared/host'
import { App } from './app/App'
import { browserHost } from './host/browser'

/// The one entry of both editions: in Electron the preload exposes the desktop host as
/// `window.penholderHost` (each method an IPC invoke); in a browser there is none, and
/// the web edition's host (File System Access API, downloads, IndexedDB) stands in.
const desktopHost = (window as { penholderHost?: HostApi }).penholderHost

createRoot(document.getElementById('root')!).render(<App host={desktopHost ?? browserHost()} />)
