package org.cadre.web.blueprint;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadre.services.blueprint.BlueprintImportService;
import org.cadre.services.blueprint.ImportResult;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ServiceException;
import org.cadre.services.imports.ImportSettings;
import org.cadre.web.portal.PageErrors;
import org.cadre.web.security.CallerContext;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The blueprint import page: upload documents or zips, see what became of each. */
@Named
@ViewScoped
public class BlueprintImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BlueprintImportService imports;
  @Inject private CallerContext callers;

  private final List<ImportResult> results = new ArrayList<>();
  private ImportSettings limits;

  /** Only HR and admins import; anyone else gets the portal's "not allowed" page. */
  public void load() {
    try {
      limits = imports.limits(callers.caller());
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    }
  }

  /** Called once per uploaded file; a zip is imported document by document. */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    String name = file.getFileName();
    try {
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        results.addAll(0, imports.importZip(callers.caller(), file.getContent(), name));
      } else {
        results.add(0, imports.importDocument(callers.caller(), file.getContent(), name));
      }
    } catch (ServiceException e) {
      results.add(
          0,
          new ImportResult(
              name, ImportResult.Outcome.FAILED, null, null, null, List.of(), e.getMessage()));
    }
  }

  public void clear() {
    results.clear();
  }

  public List<ImportResult> getResults() {
    return results;
  }

  public long getDocumentLimit() {
    return limits.documentBytes();
  }

  public long getZipLimit() {
    return limits.zipBytes();
  }

  public String getDocumentLimitText() {
    return limits.documentBytes() / (1024 * 1024) + " MB";
  }

  public String getZipLimitText() {
    return limits.zipBytes() / (1024 * 1024) + " MB";
  }
}
