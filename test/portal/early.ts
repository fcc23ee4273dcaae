import '../../src/news-widgets.js';
