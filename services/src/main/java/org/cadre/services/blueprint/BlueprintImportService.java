package org.cadre.services.blueprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.cadre.domain.access.Role;
import org.cadre.services.access.Caller;
import org.cadre.services.blueprint.document.BlueprintDocumentParser;
import org.cadre.services.blueprint.document.ParsedBlueprint;
import org.cadre.services.blueprint.document.UnreadableDocumentException;
import org.cadre.services.common.RejectedDocumentException;
import org.cadre.services.common.ServiceException;
import org.cadre.services.common.TooLargeException;
import org.cadre.services.imports.ImportSettings;

/**
 * Imports blueprint documents (WordPress exports, saved pages, text captures, Word files), one at a
 * time or many in a zip. Each document is read outside any transaction and stored in a transaction
 * of its own, so a zip's bad documents do not hold back its good ones.
 */
@ApplicationScoped
public class BlueprintImportService {

  private final BlueprintDocumentParser parser = new BlueprintDocumentParser();

  private BlueprintImporting importing;
  private ImportSettings limits;

  protected BlueprintImportService() {
    // for CDI
  }

  @Inject
  public BlueprintImportService(BlueprintImporting importing, ImportSettings limits) {
    this.importing = importing;
    this.limits = limits;
  }

  /**
   * Imports one document.
   *
   * @throws TooLargeException over the document size limit
   * @throws RejectedDocumentException when it holds no readable blueprint
   */
  public ImportResult importDocument(Caller caller, byte[] content, String fileName) {
    requireImporter(caller);
    String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
    if (content.length > limits.documentBytes()) {
      throw new TooLargeException(
          name
              + " is "
              + ImportSettings.megabytes(content.length)
              + "; a blueprint document may be at most "
              + ImportSettings.megabytes(limits.documentBytes())
              + ".");
    }
    ParsedBlueprint parsed;
    try {
      parsed = parser.parse(content, name);
    } catch (UnreadableDocumentException e) {
      throw new RejectedDocumentException(e.getMessage());
    }
    return importing.store(caller, DocumentContent.of(parsed, name), name);
  }

  /**
   * Imports every document of a zip, each on its own; the results say what happened to each,
   * failures included.
   */
  public List<ImportResult> importZip(Caller caller, byte[] zip, String zipName) {
    requireImporter(caller);
    String name = zipName == null || zipName.isBlank() ? "upload.zip" : zipName.strip();
    List<ImportResult> results = new ArrayList<>();
    for (ZipDocuments.Entry entry : ZipDocuments.read(zip, name, limits)) {
      try {
        results.add(importDocument(caller, entry.content(), entry.name()));
      } catch (ServiceException e) {
        results.add(ImportResult.failed(entry.name(), e.getMessage()));
      }
    }
    return results;
  }

  /** The limits in force, for the import page; only those who may import see them. */
  public ImportSettings limits(Caller caller) {
    requireImporter(caller);
    return limits;
  }

  private static void requireImporter(Caller caller) {
    caller.require("import blueprints", Role.HR, Role.ADMIN);
  }
}
