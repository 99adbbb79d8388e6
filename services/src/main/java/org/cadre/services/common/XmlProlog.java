package org.cadre.services.common;

/**
 * Reads what comes before the root element of an XML document (the XML declaration, processing
 * instructions, comments) as it streams by, however long it is, and tells whether a document type
 * declaration or any other markup declaration ({@code <!DOCTYPE}, {@code <!ENTITY}...) comes before
 * the root element. Office Open XML forbids them, so one can only be an attempt at an entity
 * attack; the parsers resolve no entities either, but such a file is refused with one message
 * ({@link #refusal}) before it gets that far.
 *
 * <p>Works on the raw bytes of UTF-8 and UTF-16 alike: the prolog's markup is ASCII, and the zero
 * bytes UTF-16 puts beside it, like any byte outside ASCII, are skipped.
 */
public final class XmlProlog {

  private enum State {
    BETWEEN,
    MARKUP,
    INSTRUCTION,
    COMMENT,
    DECIDED
  }

  private State state = State.BETWEEN;
  private final StringBuilder markup = new StringBuilder();
  private char previous;
  private char beforePrevious;
  private boolean declaration;

  /**
   * Why a file whose part declares a document type is refused, in the words of its kind.
   *
   * @param what the file as the user knows it, e.g. "Excel workbook"
   * @param writer the program that writes such files, e.g. "Excel"
   */
  public static String refusal(String what, String part, String writer) {
    return "not a genuine "
        + what
        + ": its part "
        + part
        + " declares a document type (DOCTYPE), which "
        + writer
        + " never writes and which can hide an attack, so the file was not read";
  }

  /** Reads more of the document; does nothing once it is decided. */
  public void feed(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length && state != State.DECIDED; i++) {
      int b = bytes[i] & 0xFF;
      if (b != 0 && b < 0x80) {
        read((char) b);
      }
    }
  }

  /** Whether the document declared a document type before its root element, as read so far. */
  public boolean declaresDoctype() {
    return declaration;
  }

  /** Whether the root element (or a declaration) has been reached: nothing more to read. */
  public boolean decided() {
    return state == State.DECIDED;
  }

  private void read(char c) {
    switch (state) {
      case BETWEEN -> {
        if (c == '<') {
          markup.setLength(0);
          markup.append(c);
          state = State.MARKUP;
        } else if (!Character.isWhitespace(c)) {
          state = State.DECIDED;
        }
      }
      case MARKUP -> startOfMarkup(c);
      case INSTRUCTION -> {
        if (previous == '?' && c == '>') {
          state = State.BETWEEN;
        }
      }
      case COMMENT -> {
        if (beforePrevious == '-' && previous == '-' && c == '>') {
          state = State.BETWEEN;
        }
      }
      default -> {
        // decided
      }
    }
    beforePrevious = previous;
    previous = c;
  }

  /** After {@code <}: an instruction, a comment, a declaration, or the root element. */
  private void startOfMarkup(char c) {
    markup.append(c);
    String start = markup.toString();
    if (start.equals("<?")) {
      state = State.INSTRUCTION;
      previous = 0;
    } else if (start.equals("<!--")) {
      state = State.COMMENT;
      previous = 0;
      beforePrevious = 0;
    } else if (start.startsWith("<!") && !"<!--".startsWith(start)) {
      declaration = true;
      state = State.DECIDED;
    } else if (!start.startsWith("<!")) {
      state = State.DECIDED;
    }
  }
}
