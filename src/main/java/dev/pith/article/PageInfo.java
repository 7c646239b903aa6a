package dev.pith.article;

import java.util.List;

/**
 * What an HTML page says about itself, beyond the article: null in records made from text dumps.
 *
 * @param siteName    the site's name (og:site_name, JSON-LD publisher)
 * @param url         the canonical URL
 * @param description the page's description or standfirst
 * @param image       the lead image's URL
 * @param tags        section and keywords
 */
public record PageInfo(String siteName, String url, String description, String image, List<String> tags) {
    public PageInfo {
        tags = List.copyOf(tags);
    }
}
