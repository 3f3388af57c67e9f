package jp.planreport.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

import org.springframework.stereotype.Component;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.InitiativeGroup;
import jp.planreport.aggregate.PlanEntry;
import jp.planreport.aggregate.PolicyGroup;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.FiscalYears;
import jp.planreport.report.Edition;

/**
 * Renders the council report as one PDF/A-2b, tagged, with bookmarks: cover, (in a draft: the
 * completion page,) 目次, then per 方針 its overview and its plan sheets.
 *
 * <p>The 目次 needs the page each plan starts on, known only after the body is filled. Its layout
 * does not depend on the numbers, so it is filled twice (blank, then numbered) while the body,
 * numbered from the 目次's length onwards, is filled once. Filled body pages are swapped to disk so
 * a booklet of thousands of pages does not live in the heap.
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
        String yearLabel = FiscalYears.label(compilation.fiscalYear());
        Map<String, Object> common = new HashMap<>();
        common.put("ORGANISATION", properties.organisation());
        common.put("PROGRAMME_TITLE", properties.programmeTitle());
        common.put("FISCAL_YEAR_LABEL", yearLabel);
        common.put("DRAFT", edition.draft());
        common.put("COMPILED_ON", FiscalYears.date(edition.compiledAt().toLocalDate())
                + (edition.draft() ? String.format(" %d:%02d", edition.compiledAt().getHour(),
                        edition.compiledAt().getMinute()) : " 取りまとめ"));

        Path workDir = Files.createTempDirectory("plan-report-pdf");
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                new JRSwapFile(workDir.toString(), 4096, 256), true);
        try (OutputStream out = Files.newOutputStream(target)) {
            List<JasperPrint> front = new ArrayList<>();
            front.add(fill("cover", common, 0, new JREmptyDataSource(1)));
            if (edition.draft()) {
                Map<String, Object> completion = new HashMap<>(common);
                completion.put("CHANGES", CompletionRow.changes(edition.changes()));
                front.add(fill("completion", completion, pages(front),
                        new JRBeanCollectionDataSource(CompletionRow.of(compilation))));
            }
            PageIndex index = new PageIndex();
            List<ContentsEntry> contentsEntries = ContentsEntry.of(compilation, index);
            int contentsStart = pages(front);
            int contentsPages = fill("contents", common, contentsStart,
                    new JRBeanCollectionDataSource(contentsEntries)).getPages().size();

            Map<String, Object> body = new HashMap<>(common);
            body.put("PLAN_SHEET_REPORT", templates.get("plan-sheet"));
            body.put("ITEM_BLOCKS_REPORT", templates.get("item-blocks"));
            body.put("POLICY_OVERVIEW_REPORT", templates.get("policy-overview"));
            body.put("OVERVIEW_PLANS_REPORT", templates.get("overview-plans"));
            body.put("OVERVIEW_COUNTS_REPORT", templates.get("overview-counts"));
            body.put("PAGE_INDEX", index);
            body.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            JasperPrint sheets = fill("booklet", body, contentsStart + contentsPages,
                    new JRBeanCollectionDataSource(views(compilation)));

            JasperPrint contents = fill("contents", common, contentsStart, new JRBeanCollectionDataSource(contentsEntries));
            if (contents.getPages().size() != contentsPages) {
                throw new IllegalStateException("目次のページ数が変わりました: " + contentsPages + " → " + contents.getPages().size());
            }
            virtualizer.setReadOnly(true);
            List<JasperPrint> all = new ArrayList<>(front);
            all.add(contents);
            all.add(sheets);
            export(all, compilation, edition, workDir, out);
            return pages(all);
        } catch (JRException e) {
            throw new IOException("PDF を作成できませんでした: " + e.getMessage(), e);
        } finally {
            virtualizer.cleanup();
            try (var files = Files.list(workDir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(workDir);
        }
    }

    /** Every plan of the master, in order; one without a valid sheet prints as a placeholder. */
    private List<PlanSheetView> views(Compilation compilation) {
        List<PlanSheetView> views = new ArrayList<>();
        for (PolicyGroup policy : compilation.policies()) {
            PolicyOverview overview = new PolicyOverview(policy, compilation.fiscalYear(), properties.gradeScale());
            for (InitiativeGroup initiative : policy.initiatives()) {
                boolean first = true;
                for (PlanEntry entry : initiative.plans()) {
                    views.add(new PlanSheetView(entry, first, overview));
                    first = false;
                }
            }
        }
        return views;
    }

    private JasperPrint fill(String template, Map<String, Object> parameters, int pageOffset, JRDataSource data)
            throws JRException {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("PAGE_OFFSET", pageOffset);
        return JasperFillManager.fillReport(templates.get(template), all, data);
    }

    private static int pages(List<JasperPrint> prints) {
        return prints.stream().mapToInt(p -> p.getPages().size()).sum();
    }

    private void export(List<JasperPrint> prints, Compilation compilation, Edition edition, Path workDir,
                        OutputStream out) throws JRException, IOException {
        String yearLabel = FiscalYears.label(compilation.fiscalYear());
        PdfFonts.prepare();
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(properties.programmeTitle() + " " + yearLabel + " 進捗・評価シート"
                + (edition.draft() ? "（案）" : ""));
        configuration.setMetadataAuthor(properties.organisation());
        configuration.setMetadataSubject(yearLabel + " 進捗・評価シート（" + (edition.draft() ? "夜間集計・案" : "年度末取りまとめ") + "）");
        configuration.setMetadataKeywords(String.join(", ", properties.programmeTitle(), "進捗・評価シート", yearLabel,
                properties.organisation()));
        configuration.setMetadataCreator("plan-report");
        configuration.setDisplayMetadataTitle(true);
        // archival: PDF/A-2b with the sRGB profile as output intent; accessible: tagged, in Japanese
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
        configuration.setIccProfilePath(srgbProfile(workDir).toString());
        configuration.setTagged(true);
        configuration.setTagLanguage("ja");
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }

    /** The JDK's own sRGB profile, so no colour profile file needs to ship with the project. */
    private static Path srgbProfile(Path workDir) throws IOException {
        Path profile = workDir.resolve("sRGB.icc");
        Files.write(profile, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        return profile;
    }
}
