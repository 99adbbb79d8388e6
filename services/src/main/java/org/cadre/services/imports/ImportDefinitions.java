package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cadre.domain.imports.ImportKind;
import org.cadre.services.imports.kinds.AssessmentImport;
import org.cadre.services.imports.kinds.AssessmentMatrixImport;
import org.cadre.services.imports.kinds.CandidateImport;
import org.cadre.services.imports.kinds.EmployeeImport;
import org.cadre.services.imports.kinds.ImportDefinition;
import org.cadre.services.imports.kinds.OrgUnitImport;

/** The import definition of each kind. */
@ApplicationScoped
public class ImportDefinitions {

  private List<ImportDefinition<?>> all;

  protected ImportDefinitions() {
    // for CDI
  }

  @Inject
  public ImportDefinitions(
      OrgUnitImport units,
      EmployeeImport employees,
      AssessmentImport assessments,
      AssessmentMatrixImport matrix,
      CandidateImport candidates) {
    this.all = List.of(units, employees, assessments, matrix, candidates);
  }

  public ImportDefinition<?> of(ImportKind kind) {
    return all.stream()
        .filter(definition -> definition.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no import definition for " + kind));
  }
}
