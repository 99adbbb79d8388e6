package org.cadre.reports.workforce;

import java.awt.Color;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/**
 * The pack's charts in one plain style: flat bars without shadows, no outline around the plot, and
 * unit names on the category axis wrapped over up to three lines rather than cut short. Named by
 * the templates' {@code customizerClass}.
 */
public class ChartStyle implements JRChartCustomizer {

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    chart.setBorderVisible(false);
    if (chart.getPlot() instanceof CategoryPlot plot) {
      plot.setOutlineVisible(false);
      plot.setRangeGridlinePaint(new Color(0xEA, 0xEC, 0xF0));
      CategoryAxis axis = plot.getDomainAxis();
      axis.setMaximumCategoryLabelLines(3);
      axis.setMaximumCategoryLabelWidthRatio(1.0f);
      if (plot.getRenderer() instanceof BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.12);
      }
    }
  }
}
