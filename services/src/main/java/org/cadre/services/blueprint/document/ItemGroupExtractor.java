package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.cadre.services.blueprint.document.ParsedBlueprint.ItemGroup;
import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/**
 * Reads sections that list items under sub-headings: responsibilities by category, activities by
 * cadence, deliverables by group, goals by horizon. Items before the first sub-heading form a group
 * without a name.
 */
final class ItemGroupExtractor {

  private ItemGroupExtractor() {}

  /** Every group with items. */
  static List<ItemGroup> extract(List<RawSection> sections, String what, Warnings warnings) {
    return extract(sections, heading -> true, what, warnings);
  }

  /**
   * The groups whose heading {@code accepts} ({@code null} for items under no heading, which also
   * count when the section has no sub-headings at all).
   */
  static List<ItemGroup> extract(
      List<RawSection> sections, Predicate<String> accepts, String what, Warnings warnings) {
    List<ItemGroup> groups = new ArrayList<>();
    for (RawSection section : sections) {
      List<Items.Subsection> subsections = Items.subsections(section.blocks());
      int before = groups.size();
      for (Items.Subsection subsection : subsections) {
        String heading = subsection.heading();
        boolean wanted = accepts.test(heading) || (heading == null && subsections.size() == 1);
        List<String> items = Items.all(subsection.blocks());
        if (wanted && !items.isEmpty()) {
          groups.add(new ItemGroup(heading, items));
        }
      }
      if (groups.size() == before) {
        warnings.add(Messages.where(section) + "lists no " + what + ".");
      }
    }
    return groups;
  }
}
