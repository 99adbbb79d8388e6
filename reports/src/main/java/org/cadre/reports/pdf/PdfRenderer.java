package org.cadre.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.FillListener;
import net.sf.jasperreports.engine.fill.JRFiller;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.fill.ReportFiller;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSwapFile;
import org.cadre.reports.ReportRenderingException;

/**
 * Fills compiled templates and exports them to PDF. Templates are loaded once from the classpath
 * ({@code org/cadre/reports/templates/<name>.jasper}, compiled by the build) and kept; templates
 * may also name their subreports and style templates by that path.
 */
public final class PdfRenderer {

  private static final String TEMPLATES = "/org/cadre/reports/templates/";
  private static final Map<String, JasperReport> LOADED = new ConcurrentHashMap<>();

  /** Pages a virtualized fill keeps in memory; the others wait in its swap file. */
  private static final int PAGES_IN_MEMORY = 40;

  private PdfRenderer() {}

  /** A compiled template, to pass to a report as a subreport parameter. */
  public static Template template(String name) {
    return new Template(compiled(name));
  }

  /** Wraps rows for a field or parameter a subreport takes its data from. */
  public static Rows rows(List<? extends Map<String, ?>> rows) {
    return new Rows(rows);
  }

  /**
   * Renders a template whose detail rows are the given maps (field name to value).
   *
   * @param rows the detail rows; when empty the template's no-data behaviour applies
   */
  public static byte[] render(
      String templateName, Map<String, Object> parameters, List<? extends Map<String, ?>> rows) {
    try (FilledReport report = fill(templateName, parameters, rows, FillOptions.IN_MEMORY)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      report.writePdf(out, page -> {});
      return out.toByteArray();
    }
  }

  /**
   * Fills a template; the caller exports the result and closes it.
   *
   * @param rows the detail rows; when empty the template's no-data behaviour applies
   */
  public static FilledReport fill(
      String templateName,
      Map<String, Object> parameters,
      List<? extends Map<String, ?>> rows,
      FillOptions options) {
    JasperReport report = compiled(templateName);
    Map<String, Object> values = new HashMap<>();
    parameters.forEach((name, value) -> values.put(name, MapRows.engineValue(value)));
    JRSwapFileVirtualizer virtualizer = null;
    if (options.swapDirectory() != null) {
      virtualizer =
          new JRSwapFileVirtualizer(
              PAGES_IN_MEMORY,
              new JRSwapFile(options.swapDirectory().toString(), 8 * 1024, 256),
              true);
      values.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
    }
    try {
      ReportFiller filler =
          JRFiller.createReportFiller(DefaultJasperReportsContext.getInstance(), report);
      filler.addFillListener(new PageCounter(options.pageFilled()));
      JasperPrint print =
          filler.fill(values, rows.isEmpty() ? new JREmptyDataSource(0) : new MapRows(rows));
      if (virtualizer != null) {
        virtualizer.setReadOnly(true);
      }
      return new FilledReport(print, virtualizer);
    } catch (JRException | RuntimeException e) {
      if (virtualizer != null) {
        virtualizer.cleanup();
      }
      throw new ReportRenderingException("could not fill report " + templateName, e);
    }
  }

  private static JasperReport compiled(String name) {
    return LOADED.computeIfAbsent(name, PdfRenderer::load);
  }

  private static JasperReport load(String name) {
    String resource = TEMPLATES + name + ".jasper";
    try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ReportRenderingException("no compiled report template " + resource, null);
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (IOException | JRException e) {
      throw new ReportRenderingException("could not load report template " + resource, e);
    }
  }

  /**
   * How a report is filled.
   *
   * @param swapDirectory where pages wait on disk while the report is filled and exported; null to
   *     keep every page in memory
   * @param pageFilled told the index of each page as it is filled
   */
  public record FillOptions(Path swapDirectory, IntConsumer pageFilled) {

    public static final FillOptions IN_MEMORY = new FillOptions(null, page -> {});
  }

  /** Tells the fill's progress, page by page. */
  private record PageCounter(IntConsumer pageFilled) implements FillListener {

    @Override
    public void pageGenerated(JasperPrint jasperPrint, int pageIndex) {
      pageFilled.accept(pageIndex);
    }

    @Override
    public void pageUpdated(JasperPrint jasperPrint, int pageIndex) {
      // a page filled earlier changed (a delayed evaluation): no progress
    }
  }
}
