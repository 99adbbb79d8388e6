package org.cadre.services.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cadre.domain.reporting.PackFormat;
import org.cadre.domain.reporting.ReportFile;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.reports.pdf.FilledReport;
import org.cadre.reports.workforce.PackLabels;
import org.cadre.reports.workforce.WorkforcePack;
import org.cadre.reports.workforce.WorkforcePackPdf;
import org.cadre.reports.workforce.WorkforcePackWorkbook;

/**
 * Renders an assembled pack as the file asked for, telling its progress: a PDF fills through a swap
 * file (so that a thousand pages fit a small heap) and keeps a picture of its cover, a workbook is
 * written row by row.
 */
final class PackFiles {

  private static final Logger LOG = Logger.getLogger(PackFiles.class.getName());

  /** The zoom the first page's picture is drawn at: about 108 dots per inch. */
  private static final float PREVIEW_ZOOM = 1.5f;

  private PackFiles() {}

  /**
   * A pack's file, with its pages.
   *
   * @param pages null for a workbook
   */
  record Rendered(ReportFile file, Integer pages) {}

  /** Told how far a file is, 0 to 100. */
  @FunctionalInterface
  interface Progress {
    void percent(int percent);
  }

  /**
   * @param swapDirectory where a PDF's pages wait while it is made
   */
  static Rendered render(
      WorkforcePack pack,
      ReportRequest request,
      PackLabels labels,
      Path swapDirectory,
      Progress progress) {
    String name = fileName(pack, request);
    if (request.format() == PackFormat.XLSX) {
      byte[] workbook = WorkforcePackWorkbook.render(pack, labels);
      progress.percent(100);
      return new Rendered(new ReportFile(name, PackFormat.XLSX, workbook, null), null);
    }
    int expected = pack.unitPages().size() + 12;
    Path swap = swapDirectory(swapDirectory);
    try (FilledReport report =
        WorkforcePackPdf.fill(
            pack,
            labels,
            swap,
            page -> progress.percent(Math.min(60, 60 * (page + 1) / expected)))) {
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      int pages = report.pages();
      report.writePdf(pdf, exported -> progress.percent(60 + 38 * exported / pages));
      byte[] preview = report.pageImage(0, PREVIEW_ZOOM);
      progress.percent(100);
      return new Rendered(new ReportFile(name, PackFormat.PDF, pdf.toByteArray(), preview), pages);
    } finally {
      deleteQuietly(swap);
    }
  }

  /** "workforce-pack-eng-plat-2027-q1-2027-q4.pdf", or "…-organisation-…" for the whole. */
  static String fileName(WorkforcePack pack, ReportRequest request) {
    String unit = request.unitCode() == null ? "organisation" : request.unitCode();
    String base =
        Normalizer.normalize(
                "workforce-pack-" + unit + "-" + request.first() + "-" + request.last(),
                Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    return base + "." + request.format().extension();
  }

  private static Path swapDirectory(Path parent) {
    try {
      Files.createDirectories(parent);
      return Files.createTempDirectory(parent, "cadre-pack-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a swap directory under " + parent, e);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (var files = Files.list(directory)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(directory);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "CADRE0044W: could not delete the swap directory " + directory, e);
    }
  }
}
