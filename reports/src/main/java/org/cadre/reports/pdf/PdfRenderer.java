package org.cadre.reports.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import org.cadre.reports.ReportRenderingException;

/**
 * Fills compiled templates and exports them to PDF. Templates are loaded once from the classpath
 * ({@code org/cadre/reports/templates/<name>.jasper}, compiled by the build) and kept.
 */
public final class PdfRenderer {

  private static final String TEMPLATES = "/org/cadre/reports/templates/";
  private static final Map<String, JasperReport> LOADED = new ConcurrentHashMap<>();

  private PdfRenderer() {}

  /** A compiled template, to pass to a report as a subreport parameter. */
  public static Object template(String name) {
    return LOADED.computeIfAbsent(name, PdfRenderer::load);
  }

  /**
   * Renders a template whose detail rows are the given maps (field name to value).
   *
   * @param rows the detail rows; when empty the template's no-data behaviour applies
   */
  public static byte[] render(
      String templateName, Map<String, Object> parameters, List<? extends Map<String, ?>> rows) {
    JasperReport report = (JasperReport) template(templateName);
    try {
      JasperPrint print =
          JasperFillManager.fillReport(
              report,
              new HashMap<>(parameters),
              rows.isEmpty()
                  ? new JREmptyDataSource(0)
                  : new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(rows)));
      return JasperExportManager.exportReportToPdf(print);
    } catch (JRException e) {
      throw new ReportRenderingException("could not render report " + templateName, e);
    }
  }

  /** Wraps rows for a subreport's data source expression. */
  public static Object rows(List<? extends Map<String, ?>> rows) {
    return new JRMapCollectionDataSource(new ArrayList<Map<String, ?>>(rows));
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
}
