import { describe, expect, it } from 'vitest';
import {
  countText,
  foldedStart,
  postTokens,
  graphemeCount,
  hashtagsIn,
  measurePost,
  networkOf,
  outgoingText,
  POST_LIMITS,
} from './postLimits';
import { CHANNEL_KINDS } from './schema';

const part = (network: Parameters<typeof measurePost>[0], text: string, name = 'text') =>
  measurePost(network, text).parts.find((p) => p.part === name)!;

describe('graphemes', () => {
  it('counts what a reader sees as one character as one', () => {
    expect(graphemeCount('Grüße')).toBe(5);
    expect(graphemeCount('👩‍👩‍👧')).toBe(1); // a family: five code points, eight code units
    expect(graphemeCount('e\u0301')).toBe(1); // e + combining acute accent
    expect(graphemeCount('🇩🇪')).toBe(1); // a flag: two regional indicators
    expect(graphemeCount('👍🏽')).toBe(1); // skin tone modifier
    expect(graphemeCount('a\r\nb')).toBe(3); // CR LF is one grapheme
    expect(graphemeCount('')).toBe(0);
  });

  it('counts TikTok in UTF-16 code units, as its API documents', () => {
    expect(countText('👩‍👩‍👧', 'utf16')).toBe(8);
  });
});

describe('X (twitter-text)', () => {
  it('counts every URL as 23, however long', () => {
    const long = `https://example.com/${'a'.repeat(200)}`;
    expect(countText(long, 'x')).toBe(23);
    expect(countText('Hallo example.com', 'x')).toBe(6 + 23);
  });

  it('weights emoji and CJK as 2 and Latin letters with umlauts as 1', () => {
    expect(countText('Grüße', 'x')).toBe(5);
    expect(countText('🙂', 'x')).toBe(2);
    expect(countText('👩‍👩‍👧', 'x')).toBe(2);
    expect(countText('日本', 'x')).toBe(4);
  });

  it('is over its limit at 281 and not at 280', () => {
    expect(part('x', 'a'.repeat(280))).toMatchObject({ count: 280, max: 280, over: false });
    expect(part('x', 'a'.repeat(281)).over).toBe(true);
    expect(part('x', `${'a'.repeat(256)} https://example.com/lang`).count).toBe(280);
    expect(part('x', '🙂'.repeat(141)).over).toBe(true);
  });
});

describe('limits per network', () => {
  it.each([
    ['linkedin', 3000],
    ['instagram', 2200],
    ['facebook', 63206],
    ['tiktok', 2200],
    ['threads', 500],
    ['bluesky', 300],
  ] as const)('%s allows %i characters and marks one more', (network, max) => {
    expect(part(network, 'a'.repeat(max))).toMatchObject({ count: max, max, over: false });
    expect(measurePost(network, 'a'.repeat(max + 1)).over).toBe(true);
  });

  it('counts graphemes against Bluesky: 300 emoji are 300', () => {
    expect(part('bluesky', '👍🏽'.repeat(300))).toMatchObject({ count: 300, over: false });
    expect(part('bluesky', `${'e\u0301'.repeat(301)}`).over).toBe(true);
  });

  it('allows Instagram at most 30 hashtags', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${i}`).join(' ');
    expect(part('instagram', tags(30), 'hashtags')).toMatchObject({ count: 30, max: 30, over: false });
    expect(measurePost('instagram', tags(31))).toMatchObject({ over: true });
    expect(part('instagram', '#Grüße #über #日本', 'hashtags').count).toBe(3);
  });

  it('measures a YouTube title (first line, 100) apart from its description (5,000)', () => {
    const measure = measurePost('youtube', `${'T'.repeat(101)}\n${'d'.repeat(5000)}`);
    expect(measure.parts).toEqual([
      { part: 'title', count: 101, max: 100, over: true },
      { part: 'text', count: 5000, max: 5000, over: false },
    ]);
  });

  it('measures a newsletter subject (first line, 150) and leaves its text unlimited', () => {
    expect(measurePost('newsletter', `${'S'.repeat(150)}\n${'x'.repeat(100_000)}`)).toEqual({
      network: 'newsletter',
      parts: [{ part: 'subject', count: 150, max: 150, over: false }],
      over: false,
    });
    expect(measurePost('newsletter', 'S'.repeat(151)).over).toBe(true);
  });

  it('knows a network for every channel kind, none for blog and other', () => {
    for (const kind of CHANNEL_KINDS) expect(POST_LIMITS[networkOf(kind)]).toBeDefined();
    expect(networkOf('blog')).toBe('none');
    expect(measurePost('none', 'x'.repeat(100_000)).over).toBe(false);
  });
});

describe('what goes out', () => {
  it('adds the card’s hashtags the copy lacks, and the link where the network puts it in the text', () => {
    const extras = { hashtags: ['Messe', 'bau2027'], link: 'https://example.com/messe' };
    expect(outgoingText('x', 'Besucht uns! #messe', extras)).toBe(
      'Besucht uns! #messe\n\n#bau2027\nhttps://example.com/messe',
    );
    expect(outgoingText('linkedin', 'Besucht uns!', extras)).toBe('Besucht uns!\n\n#Messe #bau2027');
    expect(outgoingText('x', 'Mehr: https://example.com/messe', { hashtags: [], link: extras.link })).toBe(
      'Mehr: https://example.com/messe',
    );
    // A longer address that starts like the link is another link: the card's link still goes out.
    expect(outgoingText('x', 'https://example.com/messe/halle', { hashtags: [], link: extras.link })).toBe(
      'https://example.com/messe/halle\nhttps://example.com/messe',
    );
  });

  it('finds hashtags in any script', () => {
    expect(hashtagsIn('#eins #über #日本 x#nicht')).toEqual(['eins', 'über', '日本']);
  });
});

describe('showing a post', () => {
  it('cuts the text into plain pieces, hashtags, links and mentions', () => {
    expect(postTokens('Neu: #Messe auf example.com/bau mit @sendeplan!')).toEqual([
      { kind: 'text', text: 'Neu: ' },
      { kind: 'hashtag', text: '#Messe' },
      { kind: 'text', text: ' auf ' },
      { kind: 'url', text: 'example.com/bau' },
      { kind: 'text', text: ' mit ' },
      { kind: 'mention', text: '@sendeplan' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('folds where the network shows "… mehr": Instagram after two lines, X never', () => {
    expect(foldedStart('instagram', 'Eins\nZwei\nDrei')).toBe('Eins\nZwei');
    expect(foldedStart('instagram', 'Eins\nZwei')).toBeNull();
    expect(foldedStart('x', 'Eins\nZwei\nDrei\nVier')).toBeNull();
  });
});
