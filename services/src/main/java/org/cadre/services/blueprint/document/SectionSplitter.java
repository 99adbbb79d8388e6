package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a document's blocks into its numbered sections ("1) Role Summary", "2) Role Mission", ...).
 *
 * <p>Sections start at the numbered headings of their level (see {@link
 * NumberedHeading#sectionLevel}), each numbered above the one before. Other headings are
 * sub-headings of their section. Blocks before the first section are ignored; an unnumbered heading
 * at section level after the last section ("Related posts") ends the article. A document whose
 * headings carry no numbers at all is cut at its top-level headings, provided at least {@value
 * #MIN_UNNUMBERED_KNOWN} of them name known blueprint sections.
 */
final class SectionSplitter {

  static final int MIN_UNNUMBERED_KNOWN = 3;

  /** A section as found: its number, its heading without the number, and its blocks. */
  record RawSection(int number, String heading, SectionKind kind, List<Block> blocks) {
    RawSection {
      blocks = List.copyOf(blocks);
    }
  }

  private SectionSplitter() {}

  static List<RawSection> split(List<Block> blocks, String title, Warnings warnings) {
    Integer level = numberedLevel(blocks);
    List<RawSection> sections =
        level != null ? numbered(blocks, level, warnings) : unnumbered(blocks, warnings);
    if (!sections.isEmpty()) {
      warnAboutPreamble(blocks, level != null ? level : sectionLevel(blocks), title, warnings);
    }
    return sections;
  }

  /** The level of the numbered section headings, or {@code null} if there are none. */
  private static Integer numberedLevel(List<Block> blocks) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (Block block : blocks) {
      if (block instanceof Block.Heading heading && NumberedHeading.parse(heading.text()) != null) {
        counts.merge(heading.level(), 1, Integer::sum);
      }
    }
    return NumberedHeading.sectionLevel(counts);
  }

  private static List<RawSection> numbered(List<Block> blocks, int level, Warnings warnings) {
    List<RawSection> sections = new ArrayList<>();
    NumberedHeading current = null;
    List<Block> body = new ArrayList<>();
    int lastNumber = 0;
    int lastHeading = lastNumberedHeading(blocks, level);
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      NumberedHeading next = sectionHeading(block, level, lastNumber);
      if (next != null) {
        if (current != null) {
          sections.add(section(current.number(), current.heading(), body));
        } else if (next.number() != 1) {
          warnings.add("The first section is numbered " + next.number() + ", not 1.");
        }
        if (current != null && next.number() != lastNumber + 1) {
          warnings.add(
              "Section numbering jumps from "
                  + lastNumber
                  + " to "
                  + next.number()
                  + "; a section may be missing.");
        }
        current = next;
        lastNumber = next.number();
        body = new ArrayList<>();
      } else if (current != null) {
        if (i > lastHeading && endsArticle(block, level)
            || restartsNumbering(block, level, lastNumber)) {
          warnings.add(
              "Ignored "
                  + (blocks.size() - i)
                  + " blocks after the last section, from the heading "
                  + Texts.quote(((Block.Heading) block).text())
                  + ".");
          break;
        }
        body.add(block);
      }
    }
    if (current != null) {
      sections.add(section(current.number(), current.heading(), body));
    }
    return sections;
  }

  private static NumberedHeading sectionHeading(Block block, int level, int lastNumber) {
    if (block instanceof Block.Heading heading && heading.level() == level) {
      NumberedHeading numbered = NumberedHeading.parse(heading.text());
      return numbered != null && numbered.number() > lastNumber ? numbered : null;
    }
    return null;
  }

  /**
   * Whether a heading after the last section ends the article: an unnumbered heading at the
   * sections' level or above ("Related posts"), or page furniture at any level ("You may also
   * like", "Leave a Reply").
   */
  private static boolean endsArticle(Block block, int level) {
    return block instanceof Block.Heading heading
        && (heading.level() <= level && NumberedHeading.parse(heading.text()) == null
            || PageFurniture.isFooter(heading.text()));
  }

  /**
   * Whether a heading at the sections' level numbers from 1 again after {@value
   * NumberedHeading#MIN_SECTIONS} or more sections: a sidebar or another post below the article
   * ("1) Popular this week").
   */
  private static boolean restartsNumbering(Block block, int level, int lastNumber) {
    if (lastNumber < NumberedHeading.MIN_SECTIONS
        || !(block instanceof Block.Heading heading)
        || heading.level() != level) {
      return false;
    }
    NumberedHeading numbered = NumberedHeading.parse(heading.text());
    return numbered != null && numbered.number() == 1;
  }

  /**
   * The index of the last block that starts a section: of the numbered headings at the sections'
   * level, each numbered above the one before, up to where the numbering starts again.
   */
  private static int lastNumberedHeading(List<Block> blocks, int level) {
    int last = -1;
    int lastNumber = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (restartsNumbering(blocks.get(i), level, lastNumber)) {
        break;
      }
      NumberedHeading heading = sectionHeading(blocks.get(i), level, lastNumber);
      if (heading != null) {
        last = i;
        lastNumber = heading.number();
      }
    }
    return last;
  }

  /** Sections at the top heading level, for documents whose headings have no numbers. */
  private static List<RawSection> unnumbered(List<Block> blocks, Warnings warnings) {
    int level = sectionLevel(blocks);
    List<RawSection> sections = new ArrayList<>();
    String heading = null;
    List<Block> body = new ArrayList<>();
    int known = 0;
    for (Block block : blocks) {
      if (heading != null && block instanceof Block.Heading h && PageFurniture.isFooter(h.text())) {
        warnings.add(
            "Ignored the blocks after the last section, from the heading "
                + Texts.quote(h.text())
                + ".");
        break;
      }
      if (block instanceof Block.Heading h && h.level() == level) {
        if (heading != null) {
          sections.add(section(sections.size() + 1, heading, body));
        }
        heading = h.text();
        known += SectionKind.of(heading).isBlueprintContent() ? 1 : 0;
        body = new ArrayList<>();
      } else if (heading != null) {
        body.add(block);
      }
    }
    if (heading != null) {
      sections.add(section(sections.size() + 1, heading, body));
    }
    if (known < MIN_UNNUMBERED_KNOWN) {
      return List.of();
    }
    warnings.add(
        "The section headings have no numbers; took the level-" + level + " headings as sections.");
    return sections;
  }

  /** The highest heading level below the title's (level 1). */
  private static int sectionLevel(List<Block> blocks) {
    int level = Integer.MAX_VALUE;
    for (Block block : blocks) {
      if (block instanceof Block.Heading heading && heading.level() > 1) {
        level = Math.min(level, heading.level());
      }
    }
    return level;
  }

  private static RawSection section(int number, String heading, List<Block> body) {
    return new RawSection(number, heading, SectionKind.of(heading), body);
  }

  /** Warns about the blocks before the first section heading, other than the title. */
  private static void warnAboutPreamble(
      List<Block> blocks, int level, String title, Warnings warnings) {
    int ignored = 0;
    String sample = null;
    for (Block block : blocks) {
      if (block instanceof Block.Heading heading) {
        if (heading.level() == level) {
          break;
        }
        if (heading.text().equals(title)) {
          continue;
        }
      }
      ignored++;
      if (sample == null) {
        sample = SectionText.render(List.of(block));
      }
    }
    if (ignored > 0) {
      warnings.add(
          "Ignored "
              + ignored
              + (ignored == 1 ? " block" : " blocks")
              + " before the first section, from "
              + Texts.quote(sample)
              + ".");
    }
  }
}
