package org.cadre.services.imports.kinds;

import java.util.List;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.domain.imports.Staged;
import org.cadre.reports.imports.ImportTemplate;
import org.cadre.services.imports.ImportPlan;
import org.cadre.services.imports.ImportPlan.Action;
import org.cadre.services.imports.ImportPlan.Change;
import org.cadre.services.imports.sheet.ColumnSpec;
import org.cadre.services.imports.sheet.HeaderMatch;
import org.cadre.services.imports.sheet.SheetRow;

/**
 * One kind of HR import: the columns of its files, how a row becomes a change, and how changes are
 * staged. Definitions hold no state; a {@link Check} holds the state of one file.
 *
 * @param <T> the record a row states
 */
public interface ImportDefinition<T> {

  ImportKind kind();

  /** The columns the import reads, matched by header; a wide sheet adds its own. */
  List<ColumnSpec> columns();

  /** Starts checking one file, whose header has been read, against the reference data. */
  Check<T> check(ReferenceData data, HeaderMatch header);

  /**
   * The template of the import: its columns with their rules, examples and drop-down lists (named
   * as in {@link TemplateLists}), and notes for the instructions sheet.
   */
  ImportTemplate template(ReferenceData data);

  /**
   * Stages a chunk of a plan's changes (creates and updates, in the plan's order) for the run, in
   * the caller's transaction; the commit applies them all at once later.
   *
   * @param chunk how many changes of the run were staged before these
   */
  void stage(long runId, int chunk, List<Change<T>> changes, ImportStagingRepository staging);

  /** A change as staged: its record, and whether it creates one. */
  static <T> Staged<T> staged(Change<T> change) {
    return new Staged<>(change.record(), change.action() == Action.CREATE);
  }

  /** Checks the rows of one file in order, then the file as a whole. */
  interface Check<T> {

    /** Problems with the header itself (e.g. a column that names no competency). */
    default void checkHeader(ImportPlan<T> plan) {}

    /** Checks one row: plans its change, or rejects it with its problems. */
    void row(SheetRow row, ImportPlan<T> plan);

    /** Checks what needs the whole file, e.g. references to rows further down. */
    default void finish(ImportPlan<T> plan) {}
  }
}
