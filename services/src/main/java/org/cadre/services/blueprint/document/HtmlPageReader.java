package org.cadre.services.blueprint.document;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads HTML: a saved web page holding the article among navigation, advertising and comments, or
 * the article HTML of a WordPress post. The page's title, canonical address and modification time
 * come from its head and headings.
 */
final class HtmlPageReader {

  private HtmlPageReader() {}

  /** A whole saved page. */
  static RawDocument readPage(String html, Warnings warnings) {
    Document page = Jsoup.parse(html);
    String title = title(page);
    String url =
        firstAttribute(page, "link[rel=canonical]", "href", "meta[property=og:url]", "content");
    Instant modified = modified(page);
    Element article = HtmlArticle.locate(page.body(), true, warnings);
    return new RawDocument(title, url, modified, HtmlBlockReader.read(article));
  }

  /** The article HTML of a WordPress post. */
  static List<Block> readArticle(String html, Warnings warnings) {
    Element body = Jsoup.parseBodyFragment(html).body();
    return HtmlBlockReader.read(HtmlArticle.locate(body, false, warnings));
  }

  private static String title(Document page) {
    String heading = firstText(page, "h1.entry-title", ".entry-title", "article h1");
    if (heading != null) {
      return heading;
    }
    String og = firstAttribute(page, "meta[property=og:title]", "content");
    if (og != null) {
      return og;
    }
    heading = firstText(page, "h1");
    return heading != null ? heading : Texts.orNull(page.title());
  }

  private static Instant modified(Document page) {
    String value =
        firstAttribute(
            page,
            "meta[property=article:modified_time]",
            "content",
            "meta[property=og:updated_time]",
            "content",
            "meta[itemprop=dateModified]",
            "content",
            "time[itemprop=dateModified]",
            "datetime");
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException notLocal) {
        return null;
      }
    }
  }

  private static String firstText(Document page, String... queries) {
    for (String query : queries) {
      Element element = page.selectFirst(query);
      if (element != null && !element.text().isBlank()) {
        return Texts.oneLine(element.text());
      }
    }
    return null;
  }

  /** The first non-blank attribute among (query, attribute) pairs. */
  private static String firstAttribute(Document page, String... queriesAndAttributes) {
    for (int i = 0; i < queriesAndAttributes.length; i += 2) {
      Element element = page.selectFirst(queriesAndAttributes[i]);
      if (element != null) {
        String value = Texts.orNull(element.attr(queriesAndAttributes[i + 1]));
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }
}
