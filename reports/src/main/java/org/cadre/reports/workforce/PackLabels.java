package org.cadre.reports.workforce;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The pack's labels in one language, from the {@code pack} resource bundle: English, or German
 * ({@code pack_de}). The JVM's own language never changes which bundle a pack is printed in.
 */
public final class PackLabels {

  /** The languages a pack can be made in. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

  private static final String BUNDLE = "org.cadre.reports.workforce.pack";

  private final Locale locale;
  private final ResourceBundle bundle;

  private PackLabels(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            PackLabels.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * @param language one of {@link #LANGUAGES}
   */
  public static PackLabels of(Locale language) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("no workforce pack in " + language);
    }
    return new PackLabels(language);
  }

  public Locale locale() {
    return locale;
  }

  ResourceBundle bundle() {
    return bundle;
  }

  /** The label of the key, its {0}, {1}... filled in with the arguments. */
  public String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
