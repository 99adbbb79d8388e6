package org.cadre.services.planning;

import java.util.List;

/**
 * What importing a plan workbook does (a dry run) or did (a commit).
 *
 * @param checksum the file's SHA-256, which a commit must share with a dry run
 * @param applied whether the changes were written (a commit), else only previewed
 * @param plans how many plans the changes touch
 * @param changes every planned FTE cell that differs from the plans as they are
 * @param refused every cell or row the import does not take, with the reason
 * @param warnings notes that change nothing, e.g. columns that are not read
 */
public record PlanImportView(
    String mode,
    String fileName,
    String checksum,
    boolean applied,
    int plans,
    List<PlanCellChange> changes,
    List<PlanCellRefusal> refused,
    List<String> warnings,
    String message) {}
