/**
 * The corpus of real-world feeds (test/fixtures/real/, sources and licences in
 * SOURCES.md): each is served as its site serves it (its own bytes and
 * content type, at its own URL) and must read as a reader should see it: the
 * number of items, and for the first three and the last their titles, links,
 * dates and authors (corpus.json).
 */
import { expect } from '@open-wc/testing';
import { loadFeed } from '../../src/data/load.js';
import type { NewsArticle } from '../../src/data/model.js';
import { fetchSpies } from '../helpers.js';

interface Expected {
  index: number;
  title?: string;
  url?: string;
  published?: string;
  authors?: string[];
}

interface Entry {
  file: string;
  format: string;
  variant: string;
  url: string;
  contentType: string;
  expected: { count: number; items: Expected[] };
  notes?: string[];
}

const corpus: Entry[] = await (await fetch('/test/fixtures/real/corpus.json')).json();
const bytes = new Map(
  await Promise.all(corpus.map(async (entry) => [entry.file, await (await fetch(`/test/fixtures/real/${entry.file}`)).arrayBuffer()] as const)),
);

/** What a reader sees of an article, in the corpus's terms. */
const seen = (article: NewsArticle | undefined): Omit<Expected, 'index'> => ({
  title: article?.title,
  url: article?.url,
  published: article?.published?.toISOString(),
  authors: article?.authors.map((author) => author.name),
});

describe('real-world feeds', () => {
  const spy = fetchSpies();

  it('the corpus holds at least 60 feeds of every kind', () => {
    expect(corpus.length).to.be.at.least(60);
    const variants = corpus.map((entry) => entry.variant);
    for (const kind of ['RSS 0.9', 'RSS 1.0', 'RSS 2.0', 'Atom 1.0', 'JSON Feed', 'WordPress']) {
      expect(variants.some((variant) => variant.startsWith(kind)), kind).to.equal(true);
    }
  });

  for (const entry of corpus) {
    it(`${entry.file} (${entry.variant})`, async () => {
      spy(() => Promise.resolve(new Response(bytes.get(entry.file)!, { headers: { 'content-type': entry.contentType } })));
      const feed = await loadFeed(entry.url);
      expect(feed.format, 'format').to.equal(entry.format);
      expect(feed.items, 'items').to.have.length(entry.expected.count);
      for (const { index, ...expected } of entry.expected.items) {
        const actual = seen(feed.items[index]);
        const where = `item ${index}`;
        expect(actual.title, `${where} title`).to.equal(expected.title);
        expect(actual.url, `${where} url`).to.equal(expected.url);
        expect(actual.authors, `${where} authors`).to.deep.equal(expected.authors ?? []);
        // A date without a zone is the reader's local time: the corpus leaves it out, and so does this test.
        if (expected.published || !entry.notes?.some((note) => /zone/i.test(note))) expect(actual.published, `${where} date`).to.equal(expected.published);
      }
    });
  }
});
