import { expect } from '@open-wc/testing';
import { formatDate, formatList, truncate } from '../../src/render/format.js';

// The test runner pins the browser's time zone (web-test-runner.config.mjs), so dates are deterministic.
const published = new Date('2022-03-26T01:00:00Z'); // 08:00 in Đồng Tháp
const now = Date.parse('2022-03-29T01:00:00Z');

describe('formatDate', () => {
  it('runs in the pinned time zone', () => {
    // Chromium names the zone by its older alias.
    expect(['Asia/Ho_Chi_Minh', 'Asia/Saigon']).to.include(Intl.DateTimeFormat().resolvedOptions().timeZone);
    // 23:30 UTC is already the next day in Vietnam.
    expect(formatDate(new Date('2022-03-25T23:30:00Z'), 'en', 'short')).to.equal('03/26/2022');
  });

  it('formats long and short dates in Vietnamese and English', () => {
    expect(formatDate(published, 'vi', 'long')).to.equal('26 tháng 3, 2022');
    expect(formatDate(published, 'vi', 'short')).to.equal('26/03/2022');
    expect(formatDate(published, 'en', 'long')).to.equal('March 26, 2022');
    expect(formatDate(published, 'en-GB', 'long')).to.equal('26 March 2022');
  });

  it('formats relative dates against a frozen clock', () => {
    expect(formatDate(published, 'en', 'relative', now)).to.equal('3 days ago');
    expect(formatDate(published, 'vi', 'relative', now)).to.equal('3 ngày trước');
    expect(formatDate(new Date(now - 30_000), 'en', 'relative', now)).to.equal('30 seconds ago');
    expect(formatDate(new Date(now - 2 * 3600_000), 'en', 'relative', now)).to.equal('2 hours ago');
    expect(formatDate(new Date(now - 24 * 3600_000), 'en', 'relative', now)).to.equal('yesterday');
    expect(formatDate(new Date(now - 400 * 24 * 3600_000), 'vi', 'relative', now)).to.equal('năm ngoái');
    expect(formatDate(new Date(now), 'en', 'relative', now)).to.equal('now');
  });

  it('joins names as the language does', () => {
    expect(formatList(['Minh Sơn', 'Ngọc Hân'], 'vi')).to.equal('Minh Sơn và Ngọc Hân');
    expect(formatList(['A', 'B', 'C'], 'en')).to.equal('A, B, and C');
  });
});

describe('truncate', () => {
  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncate('short text', 50)).to.equal('short text');
    expect(truncate('Thông báo lịch học các lớp tháng 01/2022, chuyển sang học trực tuyến', 40)).to.equal('Thông báo lịch học các lớp tháng…');
    expect(truncate('  many   spaces\nand lines ', 50)).to.equal('many spaces and lines');
    expect(truncate('https://portal.example/one-very-long-word-without-spaces', 20)).to.equal('https://portal.examp…');
  });
});
