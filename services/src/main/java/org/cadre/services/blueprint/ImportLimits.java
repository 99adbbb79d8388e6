package org.cadre.services.blueprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How much a blueprint import accepts: one document's size, and a zip's size, number of documents
 * and expanded size (which bounds zip bombs). Settings {@code cadre.import.*}.
 */
@ApplicationScoped
public class ImportLimits {

  public static final long DEFAULT_DOCUMENT_BYTES = 10L * 1024 * 1024;
  public static final long DEFAULT_ZIP_BYTES = 100L * 1024 * 1024;
  public static final int DEFAULT_ZIP_DOCUMENTS = 500;
  public static final long DEFAULT_ZIP_EXPANDED_BYTES = 300L * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "cadre.import.document.max-bytes", defaultValue = "10485760")
  long documentBytes;

  @Inject
  @ConfigProperty(name = "cadre.import.zip.max-bytes", defaultValue = "104857600")
  long zipBytes;

  @Inject
  @ConfigProperty(name = "cadre.import.zip.max-documents", defaultValue = "500")
  int zipDocuments;

  @Inject
  @ConfigProperty(name = "cadre.import.zip.max-expanded-bytes", defaultValue = "314572800")
  long zipExpandedBytes;

  protected ImportLimits() {
    // for CDI
  }

  public ImportLimits(long documentBytes, long zipBytes, int zipDocuments, long zipExpandedBytes) {
    this.documentBytes = documentBytes;
    this.zipBytes = zipBytes;
    this.zipDocuments = zipDocuments;
    this.zipExpandedBytes = zipExpandedBytes;
  }

  public static ImportLimits defaults() {
    return new ImportLimits(
        DEFAULT_DOCUMENT_BYTES,
        DEFAULT_ZIP_BYTES,
        DEFAULT_ZIP_DOCUMENTS,
        DEFAULT_ZIP_EXPANDED_BYTES);
  }

  public long documentBytes() {
    return documentBytes;
  }

  public long zipBytes() {
    return zipBytes;
  }

  public int zipDocuments() {
    return zipDocuments;
  }

  public long zipExpandedBytes() {
    return zipExpandedBytes;
  }

  static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }
}
