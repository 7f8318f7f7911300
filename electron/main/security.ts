/*
 * The security policy of the desktop shell, defaults locked (Electron security checklist).
 *
 * What must hold:
 * - The renderer runs sandboxed and context-isolated, without Node; it reaches the OS only through
 *   the typed `desktop` API of the preload, and main accepts IPC only from our own origin.
 * - Our origin is exactly `app://sendeplan` (see appProtocol.ts). Nothing navigates away from it,
 *   no new window opens, no <webview> attaches. Links to http(s) open in the system browser.
 * - Every app:// response carries the CSP below.
 * - Permissions are denied unless listed in ALLOWED_PERMISSIONS and asked for by our origin.
 *
 * The decisions are pure functions of strings; `hardenSession` and `hardenWebContents` apply them to
 * the Electron objects they are given (this module imports Electron for types only, so it is tested
 * in plain Node).
 */
import type { Session, WebContents, WebPreferences } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'sendeplan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // React writes `style` attributes (positions while dragging, virtualised rows, colours of
  // channels and people); CSP treats those as inline styles, so 'unsafe-inline' is needed for
  // styles. Scripts stay 'self' only, which is what keeps injected markup inert.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  // Videos attached to cards play from object URLs of their bytes in IndexedDB.
  ['media-src', "'self' blob:"],
  ['font-src', "'self'"],
  // y-webrtc signaling: the local hub (ws://127.0.0.1), hubs found on the LAN and hub URLs the team
  // configured, so any ws:/wss: host; the team relay's files over http:/https: at the relay's
  // address (renderer/sync/relayFiles.ts), which is configured too. Any ws: host can already be
  // reached, so http: adds no new destination. WebRTC itself is not governed by connect-src.
  ['connect-src', "'self' ws: wss: http: https:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs (or origins) of our own app, `app://sendeplan/...`. */
export function isAppUrl(url: string | undefined): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** A page may navigate only within the app (a reload, the entry page); everything else is denied. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** An IPC message is trusted only when the frame that sent it shows our app. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return isAppUrl(frameUrl);
}

/**
 * The URL to hand to the system browser, or null. Only http(s), and no user:password@ part (a
 * classic way to disguise where a link leads).
 */
export function safeExternalUrl(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password || !parsed.hostname) return null;
  return parsed.href;
}

/*
 * Notifications: later features (requests due, approvals) use system notifications.
 * clipboard-sanitized-write: "copy invite" writes to the clipboard.
 * Local network access: Chromium (Electron 43+) gates connections from a non-local origin such as
 * app://sendeplan to loopback and private addresses behind these permissions. Syncing with the
 * local hub (ws://127.0.0.1) and with hubs and peers on the LAN is the core of the app, so our
 * origin holds them. Newer Chromium splits 'local-network-access' into the other two.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  'notifications',
  'clipboard-sanitized-write',
  'local-network-access',
  'local-network',
  'loopback-network',
]);
const NETWORK_PERMISSIONS: ReadonlySet<string> = new Set([
  'local-network-access',
  'local-network',
  'loopback-network',
]);

/**
 * Whether to grant `permission` to `requester` (the requesting URL or origin). Only our origin gets
 * anything. The one exception: local-network requests the network stack raises without a frame
 * (requester unknown) are granted, because this session only ever hosts app://sendeplan (all
 * navigation away is denied), so they can only stem from our own pages.
 */
export function isPermissionAllowed(permission: string, requester: string | undefined): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission)) return false;
  if (isAppUrl(requester)) return true;
  return NETWORK_PERMISSIONS.has(permission) && !requester;
}

type OpenExternal = (url: string) => Promise<void>;

function openIfSafe(url: string, openExternal: OpenExternal): void {
  const safe = safeExternalUrl(url);
  if (safe === null) return;
  openExternal(safe).catch((error: unknown) => console.error('Sendeplan: could not open link', error));
}

/** Permission handlers for the session that hosts the app. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin),
  );
  // USB, HID, serial and Bluetooth devices: never.
  session.setDevicePermissionHandler(() => false);
}

/**
 * Navigation, new windows and webviews for every web contents the app creates (main.ts calls this
 * from app 'web-contents-created'). An http(s) link the user follows opens in the system browser.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    openIfSafe(event.url, openExternal);
  });
  // Sub-frames (will-navigate covers the main frame only).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
