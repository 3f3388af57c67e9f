package jp.planreport.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The overview's small chart: plans per 年次評価, drawn by JFreeChart straight into the PDF as
 * vector graphics. JasperReports draws chart text as outlines, so the chart needs no PDF font; the
 * AWT font it outlines is the bundled IPAexGothic, which has the Japanese glyphs.
 */
public final class GradeChart extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;
    private static final Color BAR = new Color(0x4A, 0x6F, 0x9C);

    private final LinkedHashMap<String, Long> counts;

    GradeChart(Map<String, Long> counts) {
        this.counts = new LinkedHashMap<>(counts);
    }

    /** What the chart shows, in words: its alternative text (PDF) and caption (HTML). */
    public String description() {
        StringBuilder text = new StringBuilder("年次評価ごとのプラン数の棒グラフ。");
        counts.forEach((grade, count) -> text.append(grade).append("：").append(count).append("件、"));
        text.setCharAt(text.length() - 1, '。');
        return text.toString();
    }

    /** The counts the chart draws, per grade in the scale's order. */
    public Map<String, Long> counts() {
        return java.util.Collections.unmodifiableMap(counts);
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        chart().draw(graphics, area);
    }

    private JFreeChart chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((grade, count) -> data.addValue(count, "プラン数", grade));
        CategoryAxis gradeAxis = new CategoryAxis("年次評価");
        NumberAxis countAxis = new NumberAxis("プラン数");
        countAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        countAxis.setUpperMargin(0.15);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, BAR);
        bars.setMaximumBarWidth(0.18);
        CategoryPlot plot = new CategoryPlot(data, gradeAxis, countAxis, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.GRAY);
        plot.setRangeGridlineStroke(new BasicStroke(0.3f));
        plot.setOutlineVisible(false);
        Font font = Fonts.GOTHIC.deriveFont(8f);
        for (var axis : new org.jfree.chart.axis.Axis[] {gradeAxis, countAxis}) {
            axis.setLabelFont(font);
            axis.setTickLabelFont(font);
        }
        JFreeChart chart = new JFreeChart(null, font, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        return chart;
    }

    /** The bundled Gothic as an AWT font, loaded once. */
    private static final class Fonts {
        static final Font GOTHIC = load("fonts/ipaex/ipaexg.ttf");

        private static Font load(String resource) {
            try (InputStream in = GradeChart.class.getClassLoader().getResourceAsStream(resource)) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(resource + " is not a TrueType font", e);
            }
        }
    }
}
