// A body of 6,000 paragraphs, made here rather than shipped as a file: the article shows its first 5,000 nodes and attributes, and a link to the rest.
const body = Array.from({ length: 6000 }, (_, i) => `<p>Đoạn ${i + 1} của một văn bản rất dài, dán nguyên từ tệp Word.</p>`).join('');
document.querySelector('#long').articles = [
  { id: 'rat-dai', title: 'Một văn bản dài 6.000 đoạn', url: 'https://cong-thong-tin.example/tin/rat-dai', content_html: body, date_published: '2024-06-06T08:00:00+07:00' },
];
