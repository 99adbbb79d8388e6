package org.cadre.web.api;

import jakarta.ws.rs.core.Response;
import java.text.Normalizer;
import java.util.Locale;

/** File downloads: the right content type and a safe, readable file name. */
public final class Downloads {

  public static final String PDF = "application/pdf";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Downloads() {}

  public static Response file(byte[] content, String mediaType, String baseName, String extension) {
    return Response.ok(content, mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + fileName(baseName) + "." + extension + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** "Lead Cloud-Native Engineer" becomes "lead-cloud-native-engineer". */
  public static String fileName(String text) {
    String name =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return name.isEmpty() ? "download" : name;
  }
}
