package org.cadre.reports.blueprint;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadre.reports.pdf.Html;
import org.cadre.reports.pdf.PdfRenderer;

/**
 * The blueprint profile: a printable document of one role blueprint, read by hiring managers and
 * leadership. Each section is a heading with running text, cards, bullets or a table.
 */
public final class BlueprintProfilePdf {

  private static final DateTimeFormatter PRINTED =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private BlueprintProfilePdf() {}

  public static byte[] render(BlueprintProfile profile) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("TITLE", profile.title());
    parameters.put("FACTS", profile.facts());
    parameters.put("STATUS", profile.status());
    parameters.put("PRINTED_ON", "Printed " + PRINTED.format(profile.printedOn()));
    parameters.put("CARDS_REPORT", PdfRenderer.template("profile-cards"));
    parameters.put("BULLETS_REPORT", PdfRenderer.template("profile-bullets"));
    parameters.put("TABLE_REPORT", PdfRenderer.template("profile-table"));
    List<Map<String, ?>> sections =
        profile.sections().stream().map(BlueprintProfilePdf::section).collect(Collectors.toList());
    return PdfRenderer.render("blueprint-profile", parameters, sections);
  }

  private static Map<String, ?> section(BlueprintProfile.Section section) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("heading", section.heading());
    if (section instanceof BlueprintProfile.Text text) {
      row.put("kind", "TEXT");
      row.put("text", text.text());
    } else if (section instanceof BlueprintProfile.Cards cards) {
      row.put("kind", "CARDS");
      row.put(
          "rows", PdfRenderer.rows(cards.cards().stream().map(BlueprintProfilePdf::card).toList()));
    } else if (section instanceof BlueprintProfile.Bullets bullets) {
      row.put("kind", "BULLETS");
      row.put(
          "rows",
          PdfRenderer.rows(
              bullets.bullets().stream()
                  .map(b -> fields("group", b.group(), "text", b.text()))
                  .toList()));
    } else if (section instanceof BlueprintProfile.Table table) {
      row.put("kind", "TABLE");
      for (int i = 0; i < 4; i++) {
        row.put("h" + (i + 1), table.headers().get(i));
      }
      row.put(
          "rows",
          PdfRenderer.rows(table.rows().stream().map(BlueprintProfilePdf::tableRow).toList()));
    }
    return row;
  }

  private static Map<String, ?> card(BlueprintProfile.Card card) {
    List<String> lines = new ArrayList<>();
    for (BlueprintProfile.Line line : card.lines()) {
      if (line.text() != null && !line.text().isBlank()) {
        lines.add(
            line.label() == null
                ? Html.escape(line.text())
                : "<b>" + Html.escape(line.label()) + "</b> " + Html.escape(line.text()));
      }
    }
    Map<String, Object> row =
        fields("group", card.group(), "title", card.title(), "badge", card.badge());
    row.put("badgeCode", card.badgeCode());
    row.put("body", lines.isEmpty() ? null : String.join("<br/>", lines));
    return row;
  }

  private static Map<String, ?> tableRow(BlueprintProfile.Row row) {
    String first =
        "<b>"
            + Html.escape(row.first())
            + "</b>"
            + (row.firstNote() == null || row.firstNote().isBlank()
                ? ""
                : "<br/><font size=\"7.5\" color=\"#667085\">"
                    + Html.escape(row.firstNote())
                    + "</font>");
    Map<String, Object> cells = fields("c1", first, "c2", row.second(), "c3", row.third());
    cells.put("c4", row.fourth());
    return cells;
  }

  private static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
