package org.cadre.services.planning;

import static org.cadre.services.planning.PlanWorkbookRows.planKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.SeatKey;

/**
 * What a check of a plan workbook found: the planned FTE it accepts (and the cell changes they
 * are), the cells it refuses, the plans changed since the export, and warnings about the file.
 */
final class PlanImportFindings {

  /** A planned FTE cell the import takes, and the plan (null for none yet) it changes. */
  record Accepted(SeatKey seat, Quarter quarter, BigDecimal newFte, HeadcountPlan plan) {}

  private final String fileName;
  private final String checksum;
  private final List<PlanCellChange> changes = new ArrayList<>();
  private final List<Accepted> accepted = new ArrayList<>();
  private final List<PlanCellRefusal> refused = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /** What changed since the export, one entry per plan. */
  private final Set<String> stale = new LinkedHashSet<>();

  PlanImportFindings(String fileName, String checksum) {
    this.fileName = fileName;
    this.checksum = checksum;
  }

  void accept(Accepted cell, PlanCellChange change) {
    accepted.add(cell);
    changes.add(change);
  }

  void refuse(PlanCellRefusal refusal) {
    refused.add(refusal);
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  void stale(String changedSince) {
    stale.add(changedSince);
  }

  String fileName() {
    return fileName;
  }

  String checksum() {
    return checksum;
  }

  List<Accepted> accepted() {
    return accepted;
  }

  boolean hasChanges() {
    return !changes.isEmpty();
  }

  Set<String> stale() {
    return stale;
  }

  private int plansTouched() {
    return (int)
        accepted.stream().map(a -> planKey(a.seat().unitCode(), a.quarter())).distinct().count();
  }

  String summary() {
    int plansTouched = plansTouched();
    return changes.size()
        + (changes.size() == 1 ? " change" : " changes")
        + " to "
        + plansTouched
        + (plansTouched == 1 ? " plan" : " plans")
        + ", "
        + refused.size()
        + (refused.size() == 1 ? " refused cell" : " refused cells")
        + " in "
        + fileName
        + ".";
  }

  PlanImportView view(String mode, boolean applied, String message) {
    return new PlanImportView(
        mode,
        fileName,
        checksum,
        applied,
        plansTouched(),
        List.copyOf(changes),
        List.copyOf(refused),
        List.copyOf(warnings),
        message);
  }
}
