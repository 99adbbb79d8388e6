package org.cadre.services.blueprint.document;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jsoup.Jsoup;

/**
 * Reads a WordPress REST API post export: {@code title.rendered}, the article HTML in {@code
 * content.rendered}, {@code link} and {@code modified_gmt} (or {@code modified}). An array holding
 * exactly one post, as {@code /posts?slug=...} returns, is read as that post.
 */
final class WordPressPostReader {

  /** Deeper nesting than a post ever has is refused before parsing, to protect the JSON parser. */
  static final int MAX_DEPTH = 64;

  /**
   * The parts of a post the parser uses; {@code html} is the article body, {@code title} is {@code
   * null} when blank.
   */
  record Post(String title, String html, String url, Instant modified) {}

  private WordPressPostReader() {}

  static Post read(String json) {
    checkDepth(json);
    JsonObject post = single(parse(json));
    String title = rendered(post, "title");
    String html = rendered(post, "content");
    if (title == null || html == null) {
      throw new Rejection(
          "not a blueprint document: the JSON has no title.rendered/content.rendered (is it a"
              + " WordPress post export?)");
    }
    return new Post(
        Texts.orNull(Jsoup.parseBodyFragment(title).body().text()),
        html,
        string(post, "link"),
        modified(post));
  }

  private static JsonValue parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      throw new Rejection("not valid JSON (is it truncated?): " + describe(e));
    } catch (JsonException | IllegalStateException e) {
      throw new Rejection("not valid JSON (is it truncated?)");
    }
  }

  private static String describe(JsonParsingException e) {
    JsonLocation at = e.getLocation();
    return at == null
        ? "the parser stopped early"
        : "the parser stopped at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
  }

  private static JsonObject single(JsonValue value) {
    if (value instanceof JsonObject object) {
      return object;
    }
    if (value instanceof JsonArray array
        && array.size() == 1
        && array.get(0) instanceof JsonObject object) {
      return object;
    }
    if (value instanceof JsonArray array) {
      throw new Rejection(
          "not a blueprint document: the JSON is a list of "
              + array.size()
              + " items, not one WordPress post; export a single post");
    }
    throw new Rejection(
        "not a blueprint document: the JSON is a single value, not a WordPress post export");
  }

  private static String rendered(JsonObject post, String field) {
    JsonValue value = post.get(field);
    if (value instanceof JsonObject object) {
      value = object.get("rendered");
    }
    return value instanceof JsonString text ? text.getString() : null;
  }

  private static String string(JsonObject object, String field) {
    return object.get(field) instanceof JsonString text && !text.getString().isBlank()
        ? text.getString().strip()
        : null;
  }

  private static Instant modified(JsonObject post) {
    String gmt = string(post, "modified_gmt");
    String local = string(post, "modified");
    String value = gmt != null ? gmt : local;
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Refuses JSON nested deeper than {@link #MAX_DEPTH}: some JSON parsers recurse per level, and a
   * post is only a few levels deep. Brackets inside strings do not count.
   */
  private static void checkDepth(String json) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > MAX_DEPTH) {
          throw new Rejection(
              "not a blueprint document: the JSON is nested more than "
                  + MAX_DEPTH
                  + " levels deep");
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
  }
}
