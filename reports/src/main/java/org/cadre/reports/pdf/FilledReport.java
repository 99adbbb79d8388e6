package org.cadre.reports.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.JRGraphics2DExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleGraphics2DExporterOutput;
import net.sf.jasperreports.export.SimpleGraphics2DReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;
import org.cadre.reports.ReportRenderingException;

/**
 * A filled report: its pages, exported to PDF or drawn as an image. Close it, which deletes the
 * swap file its pages may wait in.
 */
public final class FilledReport implements AutoCloseable {

  private final JasperPrint print;
  private final JRSwapFileVirtualizer virtualizer;

  FilledReport(JasperPrint print, JRSwapFileVirtualizer virtualizer) {
    this.print = print;
    this.virtualizer = virtualizer;
  }

  public int pages() {
    return print.getPages().size();
  }

  /**
   * Writes the PDF; the stream is left open.
   *
   * @param pageExported told the number of pages exported so far, after each page
   */
  public void writePdf(OutputStream out, IntConsumer pageExported) {
    JRPdfExporter exporter = new JRPdfExporter();
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    SimplePdfReportConfiguration report = new SimplePdfReportConfiguration();
    int[] exported = {0};
    report.setProgressMonitor(() -> pageExported.accept(++exported[0]));
    exporter.setConfiguration(report);
    SimplePdfExporterConfiguration document = new SimplePdfExporterConfiguration();
    document.setCompressed(true);
    exporter.setConfiguration(document);
    try {
      exporter.exportReport();
    } catch (JRException e) {
      throw new ReportRenderingException("could not export the report to PDF", e);
    }
  }

  /**
   * A page drawn as a PNG image.
   *
   * @param index the page, from 0
   * @param zoom 1 draws 72 dots per inch
   */
  public byte[] pageImage(int index, float zoom) {
    int width = (int) Math.ceil(print.getPageWidth() * zoom);
    int height = (int) Math.ceil(print.getPageHeight() * zoom);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D graphics = image.createGraphics();
    try {
      graphics.setColor(java.awt.Color.WHITE);
      graphics.fillRect(0, 0, width, height);
      JRGraphics2DExporter exporter = new JRGraphics2DExporter();
      exporter.setExporterInput(new SimpleExporterInput(print));
      SimpleGraphics2DExporterOutput output = new SimpleGraphics2DExporterOutput();
      output.setGraphics2D(graphics);
      exporter.setExporterOutput(output);
      SimpleGraphics2DReportConfiguration configuration = new SimpleGraphics2DReportConfiguration();
      configuration.setPageIndex(index);
      configuration.setZoomRatio(zoom);
      exporter.setConfiguration(configuration);
      exporter.exportReport();
    } catch (JRException e) {
      throw new ReportRenderingException("could not draw page " + index, e);
    } finally {
      graphics.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  @Override
  public void close() {
    if (virtualizer != null) {
      virtualizer.cleanup();
    }
  }
}
