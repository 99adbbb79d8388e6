package org.cadre.reports.pdf;

import net.sf.jasperreports.engine.JasperReport;

/** A compiled report template, as a subreport parameter of another report. */
public final class Template {

  private final JasperReport report;

  Template(JasperReport report) {
    this.report = report;
  }

  JasperReport report() {
    return report;
  }
}
