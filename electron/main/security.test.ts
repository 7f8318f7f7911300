import type { Session, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isPermissionAllowed,
  isTrustedSender,
  safeExternalUrl,
  secureWebPreferences,
} from './security';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts from the app only: no inline, no eval, no remote', () => {
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    // Remote hosts only for connections (hubs, the relay and its files), never for code or content.
    for (const [name, value] of csp) if (name !== 'connect-src') expect(value).not.toMatch(/https?:/);
  });

  it("allows inline styles (React style attributes), images from data/blob, and ws/wss for hubs, http/https for the relay's files", () => {
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(csp.get('img-src')).toBe("'self' data: blob:");
    expect(csp.get('media-src')).toBe("'self' blob:");
    expect(csp.get('connect-src')).toBe("'self' ws: wss: http: https:");
  });

  it('shuts plugins, base rewriting, framing and form posts', () => {
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
  });

  it('is a single header line without duplicate directives', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n]/);
    expect(csp.size).toBe(CONTENT_SECURITY_POLICY.split(';').length);
  });
});

describe('secureWebPreferences', () => {
  it('locks the renderer down and keeps the preload', () => {
    expect(secureWebPreferences('/app/dist/electron/preload.cjs')).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('isAllowedNavigation', () => {
  it('allows pages of the app', () => {
    expect(isAllowedNavigation('app://sendeplan/index.html')).toBe(true);
    expect(isAllowedNavigation('app://sendeplan/index.html#/board')).toBe(true);
  });

  it('denies everything else', () => {
    for (const url of [
      'https://example.com/',
      'http://sendeplan/index.html',
      'app://evil/index.html',
      'app://sendeplan.evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only frames that show the app', () => {
    expect(isTrustedSender('app://sendeplan/index.html')).toBe(true);
    expect(isTrustedSender('app://sendeplan/')).toBe(true);
    expect(isTrustedSender('https://sendeplan/index.html')).toBe(false);
    expect(isTrustedSender('app://other/index.html')).toBe(false);
    expect(isTrustedSender('about:blank')).toBe(false);
    expect(isTrustedSender('')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('safeExternalUrl', () => {
  it('passes http and https links, normalized', () => {
    expect(safeExternalUrl('https://www.sendeplan.de/hilfe')).toBe('https://www.sendeplan.de/hilfe');
    expect(safeExternalUrl('HTTP://Example.com')).toBe('http://example.com/');
  });

  it('refuses every other scheme, credentials and garbage', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'data:text/html,hi',
      'app://sendeplan/index.html',
      'mailto:team@example.com',
      'https://user:pass@example.com/',
      'https://good.example@evil.example/',
      'http://',
      'nonsense',
    ]) {
      expect(safeExternalUrl(url), url).toBeNull();
    }
  });
});

describe('isPermissionAllowed', () => {
  const app = 'app://sendeplan/index.html';

  it('grants notifications, clipboard writes and local network access to the app', () => {
    expect(isPermissionAllowed('notifications', app)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://sendeplan')).toBe(true);
    expect(isPermissionAllowed('local-network-access', app)).toBe(true);
    expect(isPermissionAllowed('loopback-network', app)).toBe(true);
    expect(isPermissionAllowed('local-network', app)).toBe(true);
  });

  it('denies every other permission, even to the app', () => {
    for (const permission of [
      'media',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'unknown',
    ]) {
      expect(isPermissionAllowed(permission, app), permission).toBe(false);
    }
  });

  it('denies allowed permissions to other origins', () => {
    expect(isPermissionAllowed('notifications', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('local-network', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'file:///x.html')).toBe(false);
  });

  it('grants only local-network requests that come without a frame (from the network stack)', () => {
    expect(isPermissionAllowed('local-network', undefined)).toBe(true);
    expect(isPermissionAllowed('loopback-network', '')).toBe(true);
    expect(isPermissionAllowed('notifications', undefined)).toBe(false);
    expect(isPermissionAllowed('media', undefined)).toBe(false);
  });
});

type RequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

describe('hardenSession', () => {
  function hardened() {
    const handlers: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
    const session = {
      setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
      setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
      setDevicePermissionHandler: (h: () => boolean) => (handlers.device = h),
    };
    hardenSession(session as unknown as Session);
    return handlers;
  }
  const contents = {} as WebContents;

  it('answers permission requests by the policy', () => {
    const { request } = hardened();
    const answers: boolean[] = [];
    const details = (requestingUrl: string) => ({ requestingUrl, isMainFrame: true });
    request?.(
      contents,
      'notifications',
      (granted) => answers.push(granted),
      details('app://sendeplan/index.html'),
    );
    request?.(contents, 'media', (granted) => answers.push(granted), details('app://sendeplan/index.html'));
    request?.(
      contents,
      'notifications',
      (granted) => answers.push(granted),
      details('https://evil.example/'),
    );
    expect(answers).toEqual([true, false, false]);
  });

  it('answers permission checks by the policy, by URL or by origin', () => {
    const { check } = hardened();
    expect(check?.(contents, 'notifications', 'app://sendeplan', { isMainFrame: true })).toBe(true);
    expect(
      check?.(contents, 'notifications', 'app://sendeplan', {
        isMainFrame: false,
        requestingUrl: 'https://evil.example/frame',
      }),
    ).toBe(false);
    expect(check?.(contents, 'geolocation', 'app://sendeplan', { isMainFrame: true })).toBe(false);
    expect(check?.(null, 'loopback-network', '', { isMainFrame: false })).toBe(true);
  });

  it('refuses all devices', () => {
    expect(hardened().device?.()).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function hardened() {
    const emitter = new EventEmitter();
    let windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = Object.assign(emitter, {
      setWindowOpenHandler: (handler: typeof windowOpenHandler) => (windowOpenHandler = handler),
    });
    const opened: string[] = [];
    hardenWebContents(contents as unknown as WebContents, async (url) => {
      opened.push(url);
    });
    const navigate = (event: string, url: string, isMainFrame = true) => {
      const preventDefault = vi.fn();
      emitter.emit(event, { url, isMainFrame, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    return { emitter, opened, navigate, open: (url: string) => windowOpenHandler?.({ url }) };
  }

  it('denies every new window and sends safe links to the system browser', () => {
    const { open, opened } = hardened();
    expect(open('https://www.example.com/post')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('app://sendeplan/index.html')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.example.com/post']);
  });

  it('keeps navigation inside the app; a followed http(s) link opens outside', () => {
    const { navigate, opened } = hardened();
    expect(navigate('will-navigate', 'app://sendeplan/index.html')).toBe(false);
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(opened).toEqual(['https://example.com/']);
  });

  it('blocks foreign redirects and sub-frame navigations without opening anything', () => {
    const { navigate, opened } = hardened();
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'app://sendeplan/index.html')).toBe(false);
    expect(navigate('will-frame-navigate', 'https://evil.example/', false)).toBe(true);
    expect(navigate('will-frame-navigate', 'app://sendeplan/frame.html', false)).toBe(false);
    expect(opened).toEqual([]);
  });

  it('refuses to attach webviews', () => {
    const { emitter } = hardened();
    const preventDefault = vi.fn();
    emitter.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalledOnce();
  });
});
