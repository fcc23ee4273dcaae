/**
 * The words the widgets show, per language. Every language has every key
 * (the type makes sure), so no string is ever missing on screen.
 */
export interface NewsStrings {
  loading: string;
  empty: string;
  error: string;
  /** For a browser that reports itself offline: the reader can reconnect, then retry. */
  offline: string;
  /** For a page that set no `src` (nor data): only the page can fix it. Reader's words: the detail is in the console. */
  noSource: string;
  retry: string;
  notFound: string;
  untitled: string;
  backToList: string;
  updated: string;
  tags: string;
  /** The name of a breadcrumb's navigation landmark. */
  breadcrumb: string;
  /** The button that shows a collapsed breadcrumb's hidden crumbs. */
  showPath: string;
  /** A breadcrumb's crumb for a feed that has neither a trail nor a title: the news section. */
  news: string;
  /** After a link that opens in a new tab or window, for screen readers (a visible arrow says it too). */
  newTab: string;
  /** Under an article body too long to show whole. */
  shortened: string;
  /** The link from a shortened body to the whole article. */
  readWhole: string;
  /** Under an article shown as its text because the part that shows its formatted body could not be loaded. */
  bodyPlain: string;
  /** In place of an article body that could not be shown (that part could not be loaded, and there is no text). */
  bodyMissing: string;
}

export const en: NewsStrings = {
  loading: 'Loading news…',
  empty: 'There is no news to show yet.',
  error: 'The news could not be loaded.',
  offline: 'You appear to be offline. Check your connection, then try again.',
  noSource: 'No news source is set.',
  retry: 'Try again',
  notFound: 'This article could not be found.',
  untitled: 'Untitled article',
  backToList: 'Back to the news',
  updated: 'Updated',
  tags: 'Tags',
  breadcrumb: 'Breadcrumb',
  showPath: 'Show the full path',
  news: 'News',
  newTab: '(opens in a new tab)',
  shortened: 'This article is too long to show here in full.',
  readWhole: 'Read the whole article',
  bodyPlain: 'Part of this page could not be loaded, so only the article’s text is shown.',
  bodyMissing: 'Part of this page could not be loaded, so the article cannot be shown here.',
};

export const vi: NewsStrings = {
  loading: 'Đang tải tin…',
  empty: 'Chưa có tin nào.',
  error: 'Không tải được tin.',
  offline: 'Không có kết nối mạng. Hãy kiểm tra kết nối rồi thử lại.',
  noSource: 'Chưa có nguồn tin.',
  retry: 'Thử lại',
  notFound: 'Không tìm thấy bài viết.',
  untitled: 'Bài viết không có tiêu đề',
  backToList: 'Quay lại danh sách tin',
  updated: 'Cập nhật',
  tags: 'Từ khóa',
  breadcrumb: 'Đường dẫn',
  showPath: 'Hiện đầy đủ đường dẫn',
  news: 'Tin tức',
  newTab: '(mở trong thẻ mới)',
  shortened: 'Bài viết quá dài để hiển thị đầy đủ tại đây.',
  readWhole: 'Đọc toàn bộ bài viết',
  bodyPlain: 'Không tải được một phần của trang nên bài viết chỉ hiển thị phần chữ.',
  bodyMissing: 'Không tải được một phần của trang nên không thể hiển thị bài viết tại đây.',
};
