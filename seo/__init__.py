"""What search engines and feed readers read: sitemap and robots.txt, the news feeds, and the
head of every page (canonical and hreflang links, Open Graph, JSON-LD)."""
