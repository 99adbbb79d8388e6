package org.cadre.services.blueprint.document;

/** The kinds of blueprint document the parser reads, recognised from their content. */
public enum DocumentFormat {
  WORDPRESS_JSON("WordPress post (JSON)"),
  HTML("Web page (HTML)"),
  TEXT("Plain text"),
  MARKDOWN("Markdown (.md)"),
  DOCX("Word document (.docx)");

  private final String label;

  DocumentFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
