package org.cadre.reports.blueprint;

import java.time.LocalDate;
import java.util.List;

/**
 * What the blueprint profile PDF shows: one revision of a role blueprint, section by section, in
 * words ready to print (labels, not codes).
 *
 * @param facts one line of level, family and track, e.g. "Senior · Engineering · Individual
 *     contributor"
 * @param status e.g. "Published · revision 2"
 */
public record BlueprintProfile(
    String title, String facts, String status, LocalDate printedOn, List<Section> sections) {

  public BlueprintProfile {
    sections = List.copyOf(sections);
  }

  /** A section of the profile, under its heading. */
  public sealed interface Section permits Text, Cards, Bullets, Table {
    String heading();
  }

  /** Running text. */
  public record Text(String heading, String text) implements Section {}

  /** Entries with a title, an optional badge and labelled lines, optionally grouped. */
  public record Cards(String heading, List<Card> cards) implements Section {
    public Cards {
      cards = List.copyOf(cards);
    }
  }

  /**
   * @param group the group heading the card stands under (a skill tier), or null
   * @param badge a short label shown as a badge (an importance), or null
   * @param badgeCode picks the badge's colour: CRITICAL, IMPORTANT, CONTEXT_SPECIFIC or other
   */
  public record Card(String group, String title, String badge, String badgeCode, List<Line> lines) {
    public Card {
      lines = List.copyOf(lines);
    }
  }

  /** A labelled line of a card; lines without text are left out. */
  public record Line(String label, String text) {}

  /** Bulleted items, optionally grouped (responsibilities by category...). */
  public record Bullets(String heading, List<Bullet> bullets) implements Section {
    public Bullets {
      bullets = List.copyOf(bullets);
    }
  }

  public record Bullet(String group, String text) {}

  /**
   * A table of four columns. The first column may carry a second, smaller line (a KPI's name, and
   * why it matters).
   */
  public record Table(String heading, List<String> headers, List<Row> rows) implements Section {
    public Table {
      if (headers.size() != 4) {
        throw new IllegalArgumentException("a profile table has four columns");
      }
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
    }
  }

  /** A table row: the first cell with its optional second line, then three cells. */
  public record Row(String first, String firstNote, String second, String third, String fourth) {}
}
