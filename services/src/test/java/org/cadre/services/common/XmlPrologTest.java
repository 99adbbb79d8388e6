package org.cadre.services.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class XmlPrologTest {

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  static Stream<Arguments> prologs() {
    return Stream.of(
        Arguments.of("plain workbook", false, DECLARATION + "<worksheet><sheetData/></worksheet>"),
        Arguments.of(
            "doctype", true, DECLARATION + "<!DOCTYPE worksheet [<!ENTITY x 'y'>]><worksheet/>"),
        Arguments.of("lower-case doctype", true, "<!doctype worksheet><worksheet/>"),
        Arguments.of(
            "entity without doctype", true, "<!ENTITY x SYSTEM 'file:///etc/passwd'><worksheet/>"),
        Arguments.of(
            "doctype after comments", true, "<!-- a --><?pi x?><!-- b --><!DOCTYPE w><w/>"),
        Arguments.of("doctype inside a comment", false, "<!-- <!DOCTYPE w> --><w/>"),
        Arguments.of("doctype after the root", false, "<w><!DOCTYPE w></w>"),
        Arguments.of("a comment with dashes", false, "<!-- a - b -- c --><w/>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("prologs")
  void findsADeclarationBeforeTheRootElement(String what, boolean declares, String xml) {
    assertThat(read(xml.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(declares);
  }

  @ParameterizedTest(name = "read {0} bytes at a time")
  @ValueSource(ints = {1, 7, 4096, 1_000_000})
  void findsItPastAnyLengthOfCommentsAndInAnyChunks(int chunk) {
    String xml =
        DECLARATION + "<!-- " + "padding ".repeat(5_000) + "--><!DOCTYPE w [<!ENTITY x 'y'>]><w/>";

    assertThat(read(xml.getBytes(StandardCharsets.UTF_8), chunk)).isTrue();
    assertThat(read(xml.getBytes(Charset.forName("UTF-16LE")), chunk)).as("UTF-16").isTrue();
  }

  private static boolean read(byte[] bytes, int chunk) {
    XmlProlog prolog = new XmlProlog();
    for (int at = 0; at < bytes.length && !prolog.decided(); at += chunk) {
      prolog.feed(bytes, at, Math.min(chunk, bytes.length - at));
    }
    return prolog.declaresDoctype();
  }
}
