package jp.planreport.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import org.springframework.stereotype.Component;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.PlanEntry;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.FiscalYears;
import jp.planreport.report.Edition;

/**
 * Renders the council report: the plan sheets of every submitted plan, in plan order grouped by
 * 方針, from reports/booklet.jrxml. Filled pages are swapped to disk so a booklet of thousands of
 * pages does not live in the heap.
 */
@Component
public class BookletRenderer {

    private static final int PAGES_IN_MEMORY = 40;

    private final ReportTemplates templates;
    private final PlanReportProperties properties;

    public BookletRenderer(ReportTemplates templates, PlanReportProperties properties) {
        this.templates = templates;
        this.properties = properties;
    }

    /** @return the number of pages written */
    public int render(Compilation compilation, Edition edition, Path target) throws IOException {
        List<PlanSheetView> sheets = compilation.plans().stream().filter(PlanEntry::hasSheet)
                .map(e -> new PlanSheetView(e.sheet())).toList();
        String yearLabel = FiscalYears.label(compilation.fiscalYear());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("PLAN_SHEET_REPORT", templates.get("plan-sheet"));
        parameters.put("ITEM_BLOCKS_REPORT", templates.get("item-blocks"));
        parameters.put("PROGRAMME_TITLE", properties.programmeTitle());
        parameters.put("FISCAL_YEAR_LABEL", yearLabel);

        Path swapDir = Files.createTempDirectory("plan-report-swap");
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                new JRSwapFile(swapDir.toString(), 4096, 256), true);
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        try (OutputStream out = Files.newOutputStream(target)) {
            JasperPrint print = JasperFillManager.fillReport(templates.get("booklet"), parameters,
                    new JRBeanCollectionDataSource(sheets));
            virtualizer.setReadOnly(true);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(properties.programmeTitle() + " " + yearLabel + " 進捗・評価シート");
            configuration.setMetadataAuthor(properties.organisation());
            configuration.setMetadataSubject(yearLabel + " 進捗・評価シート（年度末取りまとめ）");
            configuration.setMetadataCreator("plan-report");
            configuration.setDisplayMetadataTitle(true);
            configuration.setTagLanguage("ja");
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return print.getPages().size();
        } catch (JRException e) {
            throw new IOException("PDF を作成できませんでした: " + e.getMessage(), e);
        } finally {
            virtualizer.cleanup();
            Files.deleteIfExists(swapDir);
        }
    }
}
