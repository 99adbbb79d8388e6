package org.cadre.reports.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRCompiler;

/**
 * Compiles every JRXML template of a folder into {@code .jasper} files and copies the style
 * templates ({@code .jrtx}) beside them. Run by the build (see the reports pom), so that the server
 * never compiles a template.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TemplateCompiler <jrxml folder> <output folder>");
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    List<Path> templates;
    List<Path> styles;
    try (Stream<Path> files = Files.list(source)) {
      templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
    }
    try (Stream<Path> files = Files.list(source)) {
      styles = files.filter(f -> f.toString().endsWith(".jrtx")).sorted().toList();
    }
    for (Path style : styles) {
      Files.copy(style, target.resolve(style.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    // the expressions' sources are written to a folder of this run's own: in the shared temporary
    // folder, two builds compiling the same template at once would race on one file name
    Path work = Files.createTempDirectory("cadre-jasper-");
    DefaultJasperReportsContext.getInstance()
        .setProperty(JRCompiler.COMPILER_TEMP_DIR, work.toString());
    try {
      for (Path template : templates) {
        String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
        JasperCompileManager.compileReportToFile(
            template.toString(), target.resolve(name).toString());
      }
    } finally {
      try (Stream<Path> left = Files.list(work)) {
        for (Path file : left.toList()) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(work);
    }
    System.out.println(
        "Compiled "
            + templates.size()
            + " report templates and copied "
            + styles.size()
            + " style templates into "
            + target);
  }
}
