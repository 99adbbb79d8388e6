package org.cadre.services.blueprint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cadre's sample blueprint documents in {@code docs/samples/blueprints}, whose folder the build
 * passes as the system property {@code cadre.blueprint.samples}.
 */
public final class SampleBlueprints {

  public static final String WORDPRESS = "lead-developer-experience-engineer.wordpress.json";
  public static final String TEXT_CAPTURE = "analytics-engineering-leader.page.txt";
  public static final String HTML_PAGE = "staff-quality-engineer.html";
  public static final String WORD = "head-of-people-analytics.docx";
  public static final String MARKDOWN = "associate-product-analyst.md";

  private SampleBlueprints() {}

  public static Path path(String name) {
    String dir = System.getProperty("cadre.blueprint.samples");
    if (dir == null) {
      throw new IllegalStateException(
          "system property cadre.blueprint.samples is not set (the build sets it to"
              + " docs/samples/blueprints)");
    }
    return Path.of(dir, name);
  }

  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
