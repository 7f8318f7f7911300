// The hub's wire rules as pure functions: parsing never throws, the rate limiter's arithmetic.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseClientMessage, RateLimiter, resolveLimits } from './protocol';

describe('parseClientMessage', () => {
  const parse = (text: string) => parseClientMessage(text, 8);

  it('reads the four message types', () => {
    expect(parse('{"type":"subscribe","topics":["a","b"]}')).toEqual({
      type: 'subscribe',
      topics: ['a', 'b'],
      invalidTopics: 0,
    });
    expect(parse('{"type":"unsubscribe","topics":[]}')).toEqual({
      type: 'unsubscribe',
      topics: [],
      invalidTopics: 0,
    });
    expect(parse('{"type":"publish","topic":"a","data":{"x":1}}')).toEqual({
      type: 'publish',
      topic: 'a',
      message: { type: 'publish', topic: 'a', data: { x: 1 } },
    });
    expect(parse('{"type":"ping"}')).toEqual({ type: 'ping' });
  });

  it('filters topics that are not non-empty strings within the length limit', () => {
    expect(parse('{"type":"subscribe","topics":["ok",1,null,"","123456789","12345678",["a"]]}')).toEqual({
      type: 'subscribe',
      topics: ['ok', '12345678'],
      invalidTopics: 5,
    });
  });

  it.each([
    ['', 'malformed'],
    ['{', 'malformed'],
    ['[]', 'malformed'],
    ['3', 'malformed'],
    ['null', 'malformed'],
    ['true', 'malformed'],
    ['"ping"', 'malformed'],
    ['{}', 'invalid'],
    ['{"type":"PING"}', 'invalid'],
    ['{"type":"subscribe","topics":"a"}', 'invalid'],
    ['{"type":"subscribe","topics":null}', 'invalid'],
    ['{"type":"publish"}', 'invalid'],
    ['{"type":"publish","topic":["a"]}', 'invalid'],
    ['{"type":"publish","topic":"123456789"}', 'invalid'],
  ])('rejects %j as %s', (text, kind) => {
    expect(parse(text)).toMatchObject({ type: 'rejected', kind });
  });

  it('keeps a __proto__ key as plain data', () => {
    const parsed = parse('{"type":"publish","topic":"a","__proto__":{"polluted":true}}');
    expect(parsed.type).toBe('publish');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('RateLimiter', () => {
  const limits = { rateBurst: 10, ratePerSecond: 5, floodCloseAfter: 20, floodWindowMs: 1000 };

  it('lets a burst through, then refills at the given rate', () => {
    let now = 0;
    const limiter = new RateLimiter(limits, () => now);
    for (let i = 0; i < 10; i++) expect(limiter.take()).toBe(true);
    expect(limiter.take()).toBe(false);
    now = 199;
    expect(limiter.take()).toBe(false); // 0.995 tokens
    now = 210;
    expect(limiter.take()).toBe(true); // 1.05 tokens
    expect(limiter.take()).toBe(false);
    now = 100_000;
    for (let i = 0; i < 10; i++) expect(limiter.take()).toBe(true); // never more than the burst
    expect(limiter.take()).toBe(false);
    expect(limiter.flooding).toBe(false);
  });

  it('reports flooding after floodCloseAfter refusals within one window, not spread over many', () => {
    let now = 0;
    const slow = new RateLimiter({ ...limits, ratePerSecond: 0.001 }, () => now);
    for (let i = 0; i < 10; i++) slow.take();
    for (let i = 0; i < 19; i++) slow.take();
    expect(slow.flooding).toBe(false);
    now = 1500; // new window
    for (let i = 0; i < 19; i++) slow.take();
    expect(slow.flooding).toBe(false);
    slow.take();
    expect(slow.flooding).toBe(true);
  });
});

describe('resolveLimits', () => {
  it('fills in defaults and accepts overrides', () => {
    expect(resolveLimits(undefined)).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({ maxConnections: 5 })).toEqual({ ...DEFAULT_LIMITS, maxConnections: 5 });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (value) => {
    expect(() => resolveLimits({ heartbeatMs: value })).toThrow(RangeError);
  });
});
