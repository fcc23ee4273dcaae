/**
 * The words the widgets show, per language. Every language has every key
 * (the type makes sure), so no string is ever missing on screen.
 */
export interface NewsStrings {
  loading: string;
  empty: string;
  error: string;
  /** For a page that set no `src` (nor data): only the page can fix it. */
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
  /** Under an article body too long to show whole. */
  shortened: string;
  /** The link from a shortened body to the whole article. */
  readWhole: string;
}

export const en: NewsStrings = {
  loading: 'Loading news…',
  empty: 'There is no news to show yet.',
  error: 'The news could not be loaded.',
  noSource: 'No news source is set (the src attribute).',
  retry: 'Try again',
  notFound: 'This article could not be found.',
  untitled: 'Untitled article',
  backToList: 'Back to the news',
  updated: 'Updated',
  tags: 'Tags',
  breadcrumb: 'Breadcrumb',
  showPath: 'Show the full path',
  shortened: 'This article is too long to show here in full.',
  readWhole: 'Read the whole article',
};

export const vi: NewsStrings = {
  loading: 'Đang tải tin…',
  empty: 'Chưa có tin nào.',
  error: 'Không tải được tin.',
  noSource: 'Chưa khai báo nguồn tin (thuộc tính src).',
  retry: 'Thử lại',
  notFound: 'Không tìm thấy bài viết.',
  untitled: 'Bài viết không có tiêu đề',
  backToList: 'Quay lại danh sách tin',
  updated: 'Cập nhật',
  tags: 'Từ khóa',
  breadcrumb: 'Đường dẫn',
  showPath: 'Hiện đầy đủ đường dẫn',
  shortened: 'Bài viết quá dài để hiển thị đầy đủ tại đây.',
  readWhole: 'Đọc toàn bộ bài viết',
};
