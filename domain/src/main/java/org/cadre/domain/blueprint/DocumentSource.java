package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The document a revision was imported from: its format, name, address, modification date and the
 * SHA-256 of its bytes. Revisions written in Cadre have none.
 */
@Embeddable
public class DocumentSource {

  @Column(name = "source_format", length = 30)
  private String format;

  @Column(name = "source_file", length = 300)
  private String fileName;

  @Column(name = "source_url", length = 2000)
  private String url;

  @Column(name = "source_modified")
  private Instant modified;

  @Column(name = "source_checksum", length = 64)
  private String checksum;

  protected DocumentSource() {
    // for JPA
  }

  public DocumentSource(
      String format, String fileName, String url, Instant modified, String checksum) {
    this.format = format;
    this.fileName = Text.optional(fileName, "file name", 300);
    this.url = Text.optional(url, "source address", 2000);
    this.modified = modified;
    this.checksum = checksum;
  }

  public String format() {
    return format;
  }

  public String fileName() {
    return fileName;
  }

  public String url() {
    return url;
  }

  public Instant modified() {
    return modified;
  }

  public String checksum() {
    return checksum;
  }
}
