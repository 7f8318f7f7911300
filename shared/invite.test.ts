import { describe, expect, it } from 'vitest';
import { decodeInvite, encodeInvite, INVITE_PREFIX, isHubUrl, newRoom } from './invite';

const valid = {
  ...newRoom(),
  name: 'Social Media Müller GmbH',
  hubs: ['ws://192.168.1.20:5180/hub', 'wss://hub.example.de'],
};

describe('invites', () => {
  it('round-trips room, secret, name (with umlauts) and hubs', () => {
    const decoded = decodeInvite(encodeInvite(valid));
    expect(decoded).toEqual({ ok: true, invite: valid });
  });

  it('accepts surrounding whitespace and line breaks from mail clients', () => {
    const text = encodeInvite(valid);
    const wrapped = `  ${text.slice(0, 40)}\n${text.slice(40)}  \n`;
    expect(decodeInvite(wrapped).ok).toBe(true);
  });

  it('drops hub URLs that are not WebSocket URLs when encoding', () => {
    const text = encodeInvite({
      ...valid,
      hubs: ['http://evil.example', 'ws://10.0.0.1:1/hub', 'javascript:alert(1)'],
    });
    const decoded = decodeInvite(text);
    expect(decoded.ok && decoded.invite.hubs).toEqual(['ws://10.0.0.1:1/hub']);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://sendeplan.example/invite', 'notInvite'],
    [`${INVITE_PREFIX}%%%not-base64`, 'corrupt'],
    [`${INVITE_PREFIX}${btoa('not json')}`, 'corrupt'],
    [`${INVITE_PREFIX}${btoa('42')}`, 'corrupt'],
    [`${INVITE_PREFIX}${btoa(JSON.stringify({ v: 1, room: 'short', secret: 'x' }))}`, 'incomplete'],
    [`${INVITE_PREFIX}${btoa(JSON.stringify({ v: 2, ...newRoom() }))}`, 'incomplete'],
    [`${INVITE_PREFIX}${btoa(JSON.stringify({ v: 1, ...newRoom(), hubs: ['http://x'] }))}`, 'badHub'],
    [`${INVITE_PREFIX}${btoa(JSON.stringify({ v: 1, ...newRoom(), hubs: 'ws://x' }))}`, 'badHub'],
  ])('rejects %j as %s', (text, error) => {
    expect(decodeInvite(text)).toEqual({ ok: false, error });
  });

  it('rejects an invite cut short while copying', () => {
    const text = encodeInvite(valid);
    expect(decodeInvite(text.slice(0, text.length - 10)).ok).toBe(false);
  });

  it('creates distinct rooms and secrets of enough entropy', () => {
    const a = newRoom();
    const b = newRoom();
    expect(a.room).not.toBe(b.room);
    expect(a.secret).not.toBe(b.secret);
    expect(a.secret.length).toBeGreaterThanOrEqual(43);
  });

  it('knows WebSocket hub URLs', () => {
    expect(isHubUrl('ws://127.0.0.1:5180/hub')).toBe(true);
    expect(isHubUrl('wss://hub.firma.de')).toBe(true);
    expect(isHubUrl('http://127.0.0.1')).toBe(false);
    expect(isHubUrl('ws://user:pw@host')).toBe(false);
    expect(isHubUrl(42)).toBe(false);
  });
});

describe('the team relay in an invite', () => {
  const base = {
    room: 'Rk3x9QbWm2LpZt7vYc4d',
    secret: 'S3cr3t-3cr3t-S3cr3t-3cr3t-S3cr3t-3cr',
    name: 'Team',
    hubs: [],
  };

  it('travels with the invite, and older invites without one still decode', () => {
    const decoded = decodeInvite(encodeInvite({ ...base, relay: 'wss://relay.firma.de' }));
    expect(decoded.ok && decoded.invite.relay).toBe('wss://relay.firma.de');
    const old = decodeInvite(encodeInvite(base));
    expect(old.ok && old.invite.relay).toBeUndefined();
  });

  it('an invite whose relay is no ws:/wss: address is refused', () => {
    const forged = `sendeplan1.${Buffer.from(JSON.stringify({ v: 1, ...base, relay: 'javascript:alert(1)' })).toString('base64url')}`;
    expect(decodeInvite(forged)).toEqual({ ok: false, error: 'badHub' });
  });
});
