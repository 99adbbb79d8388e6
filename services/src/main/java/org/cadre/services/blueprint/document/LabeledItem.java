package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item written as a name followed by labelled fields, one per line, after inline dashes, or
 * after the sentence before them:
 *
 * <pre>
 * Kubernetes operations and platform engineering
 *   – Description: cluster architecture, upgrades, ...
 *   – Typical use: running production clusters ...
 *   – Importance: Critical
 * </pre>
 *
 * @param name the text before the first field
 * @param fields the recognised fields, by the caller's field type, in document order
 * @param labels every label as written with its value, in document order, recognised or not
 */
record LabeledItem<F>(String name, Map<F, String> fields, Map<String, String> labels) {

  /** "Label: value", the label short and starting with a letter or digit. */
  private static final Pattern LABELED =
      Pattern.compile("^([\\p{L}\\p{N}][^:]{0,40}?)\\s*:\\s*(.*)$");

  /**
   * Where an inline field starts: after a dash or bullet, a label and a colon ("– Use: ..."); or
   * after a sentence, a short capitalised label ("... ops. Importance: Critical").
   */
  private static final Pattern INLINE_FIELD =
      Pattern.compile(
          "\\s[–•-]\\s+(?=[\\p{L}\\p{N}][^:–•]{0,40}:)|(?<=[.;])\\s+(?=\\p{Lu}[\\p{L}’' ]{0,30}:\\s)");

  /**
   * Reads the item. {@code fieldOf} names the field a label stands for, or returns {@code null} for
   * a label it does not know. Lines that are not labelled continue the field before them.
   */
  static <F> LabeledItem<F> parse(String text, Function<String, F> fieldOf) {
    List<String> segments = new ArrayList<>();
    for (String line : text.split("\n")) {
      for (String segment : INLINE_FIELD.split(" " + line.strip())) {
        String s = Items.stripBullet(segment);
        if (!s.isEmpty()) {
          segments.add(s);
        }
      }
    }
    String name = null;
    Map<F, StringBuilder> fields = new LinkedHashMap<>();
    Map<String, StringBuilder> labels = new LinkedHashMap<>();
    F lastField = null;
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      Matcher m = LABELED.matcher(segment);
      boolean labelled = m.matches();
      F field = labelled ? fieldOf.apply(m.group(1)) : null;
      if (i == 0 && field == null) {
        name = segment;
      } else if (labelled) {
        String value = m.group(2).strip();
        append(labels, m.group(1).strip(), value);
        if (field != null) {
          append(fields, field, value);
        }
        lastField = field;
      } else if (lastField != null) {
        append(fields, lastField, segment);
      }
    }
    return new LabeledItem<>(name, texts(fields), texts(labels));
  }

  /** Adds text to the key's value, after a space; builders keep long items linear to read. */
  private static <K> void append(Map<K, StringBuilder> values, K key, String text) {
    StringBuilder value = values.get(key);
    if (value == null) {
      values.put(key, new StringBuilder(text));
    } else {
      value.append(' ').append(text);
    }
  }

  private static <K> Map<K, String> texts(Map<K, StringBuilder> values) {
    Map<K, String> texts = new LinkedHashMap<>();
    values.forEach((key, value) -> texts.put(key, value.toString()));
    return texts;
  }

  /**
   * Warns about each label that {@code fieldOf} does not know ("Examples:", "Owner:"), so that the
   * text after it is not dropped silently; {@code item} names the item, e.g. "skill “Go”".
   */
  void warnAboutUnknownLabels(
      Function<String, F> fieldOf,
      SectionSplitter.RawSection section,
      String item,
      Warnings warnings) {
    for (String label : labels.keySet()) {
      if (fieldOf.apply(label) == null) {
        warnings.add(
            Messages.where(section)
                + "ignored the field "
                + Texts.quote(label)
                + " of the "
                + item
                + ".");
      }
    }
  }
}
