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
 * @param note text without a label between the name and the first field, as a description written
 *     on its own after the name
 * @param fields the recognised fields, by the caller's field type, in document order
 * @param labels every label as written with its value, in document order, recognised or not
 */
record LabeledItem<F>(String name, String note, Map<F, String> fields, Map<String, String> labels) {

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

  /** A name run into its first field has at most this many characters before the colon. */
  private static final int MAX_NAME_AND_LABEL = 200;

  /** A label has at most this many words. */
  private static final int MAX_LABEL_WORDS = 4;

  /**
   * Reads the item. {@code fieldOf} names the field a label stands for, or returns {@code null} for
   * a label it does not know. Lines that are not labelled continue the field before them.
   */
  static <F> LabeledItem<F> parse(String text, Function<String, F> fieldOf) {
    return parse(text, fieldOf, true);
  }

  /**
   * Reads the item; {@code nameRunIntoField} says whether the first line may be a name run into its
   * first field ("Name (Critical) Description: ..."), which needs a {@code fieldOf} that knows only
   * the fields' labels.
   */
  static <F> LabeledItem<F> parse(
      String text, Function<String, F> fieldOf, boolean nameRunIntoField) {
    List<String> segments = new ArrayList<>();
    for (String line : text.split("\n")) {
      for (String segment : INLINE_FIELD.split(" " + line.strip())) {
        String s = Items.stripBullet(segment);
        if (!s.isEmpty()) {
          segments.add(s);
        }
      }
    }
    if (nameRunIntoField && !segments.isEmpty()) {
      segments.addAll(0, nameAndFirstField(segments.remove(0), fieldOf));
    }
    String name = null;
    StringBuilder note = null;
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
      } else if (labels.isEmpty() && name != null) {
        note = note == null ? new StringBuilder(segment) : note.append(' ').append(segment);
      }
    }
    return new LabeledItem<>(
        name, note == null ? null : note.toString(), texts(fields), texts(labels));
  }

  /**
   * The name and the labelled field of a segment that runs one into the other, as Word converters
   * flatten a page's "Name (Critical)&lt;br&gt;– Description: ..." to "Name (Critical) Description:
   * ...": the last words before the first colon, if they are a capitalised label {@code fieldOf}
   * knows and the words before them (three words or more, or ending with a parenthesis) cannot all
   * be a label; else the segment as it is.
   */
  private static <F> List<String> nameAndFirstField(String segment, Function<String, F> fieldOf) {
    int colon = segment.indexOf(':');
    if (colon < 0 || colon > MAX_NAME_AND_LABEL) {
      return List.of(segment);
    }
    String before = segment.substring(0, colon).strip();
    if (Texts.words(before) < 3 && before.indexOf(')') < 0) {
      return List.of(segment);
    }
    List<String> words = List.of(before.split("\\s+"));
    for (int k = 1; k <= Math.min(MAX_LABEL_WORDS, words.size() - 1); k++) {
      String label = String.join(" ", words.subList(words.size() - k, words.size()));
      if (Character.isUpperCase(label.charAt(0)) && fieldOf.apply(label) != null) {
        String name = String.join(" ", words.subList(0, words.size() - k));
        return List.of(name, label + segment.substring(colon));
      }
    }
    return List.of(segment);
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
