/**
 * The words the widgets show, per language. Every language has every key
 * (the type makes sure), so no string is ever missing on screen.
 */
export interface NewsStrings {
  loading: string;
  empty: string;
  error: string;
  /** Why, in a reader's words: the source can't be reached or answered an error, is too slow, sent no feed, or none is set. */
  reasons: Record<'network' | 'timeout' | 'format' | 'config', string>;
  retry: string;
  notFound: string;
  untitled: string;
  byline: string;
}

export const en: NewsStrings = {
  loading: 'Loading news…',
  empty: 'There is no news to show yet.',
  error: 'The news could not be loaded.',
  reasons: {
    network: 'The news source could not be reached.',
    timeout: 'The news source took too long to answer.',
    format: 'The news source did not send a news feed.',
    config: 'No news source is set (src).',
  },
  retry: 'Try again',
  notFound: 'This article could not be found.',
  untitled: 'Untitled article',
  byline: 'By',
};

export const vi: NewsStrings = {
  loading: 'Đang tải tin…',
  empty: 'Chưa có tin nào.',
  error: 'Không tải được tin.',
  reasons: {
    network: 'Không kết nối được với nguồn tin.',
    timeout: 'Nguồn tin phản hồi quá lâu.',
    format: 'Nguồn tin không gửi về danh sách tin.',
    config: 'Chưa khai báo nguồn tin (src).',
  },
  retry: 'Thử lại',
  notFound: 'Không tìm thấy bài viết.',
  untitled: 'Bài viết không có tiêu đề',
  byline: 'Tác giả',
};
