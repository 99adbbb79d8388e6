package org.cadre.services.imports.sheet;

/** The rows of one uploaded sheet, read one at a time. */
interface RowSource extends AutoCloseable {

  /**
   * The next row, blank ones included, or {@code null} after the last one.
   *
   * @throws SheetProblem when the file turns out to be damaged part-way through
   */
  RawRow next();

  @Override
  void close();
}
