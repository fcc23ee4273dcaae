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
};
