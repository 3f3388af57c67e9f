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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * <p>The body is filled in parts, one per 方針, several at a time; page numbers are printed at export
 * ({@link PageNumberingPdfExporter}), so no part needs to know where it starts. The 目次 needs the
 * page each plan starts on, known only after the body is filled; its layout does not depend on the
 * numbers, so it is filled twice (blank, then numbered). Filled body pages are swapped to disk so a
 * booklet of thousands of pages does not live in the heap.
 */
@Component
public class BookletRenderer {

    /** per part: with one part per 方針 and a few filled at once, about a hundred pages in the heap at most */
    private static final int PAGES_IN_MEMORY = 10;
    private static final Logger log = LoggerFactory.getLogger(BookletRenderer.class);

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
        List<JRSwapFileVirtualizer> virtualizers = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(target)) {
            List<JasperPrint> front = new ArrayList<>();
            front.add(fill("cover", common, new JREmptyDataSource(1)));
            if (edition.draft()) {
                Map<String, Object> completion = new HashMap<>(common);
                completion.put("CHANGES", CompletionRow.changes(edition.changes()));
                front.add(fill("completion", completion, new JRBeanCollectionDataSource(CompletionRow.of(compilation))));
            }
            PageIndex index = new PageIndex();
            List<ContentsEntry> contentsEntries = ContentsEntry.of(compilation, index);
            int contentsPages = fill("contents", common, new JRBeanCollectionDataSource(contentsEntries)).getPages().size();

            long started = System.nanoTime();
            List<Part> parts = fillParts(compilation, common, workDir, virtualizers);
            long filled = System.nanoTime();
            int pagesBefore = pages(front) + contentsPages;
            for (Part part : parts) {
                index.include(part.pages(), pagesBefore);
                pagesBefore += part.print().getPages().size();
            }
            JasperPrint contents = fill("contents", common, new JRBeanCollectionDataSource(contentsEntries));
            if (contents.getPages().size() != contentsPages) {
                throw new IllegalStateException("目次のページ数が変わりました: " + contentsPages + " → " + contents.getPages().size());
            }
            virtualizers.forEach(v -> v.setReadOnly(true));
            List<JasperPrint> all = new ArrayList<>(front);
            all.add(contents);
            parts.forEach(p -> all.add(p.print()));
            export(all, compilation, edition, workDir, out);
            log.info("booklet: {} pages, body filled in {} ms ({} parts), exported in {} ms", pages(all),
                    (filled - started) / 1_000_000, parts.size(), (System.nanoTime() - filled) / 1_000_000);
            return pages(all);
        } catch (JRException e) {
            throw new IOException("PDF を作成できませんでした: " + e.getMessage(), e);
        } finally {
            virtualizers.forEach(JRSwapFileVirtualizer::cleanup);
            try (var files = Files.list(workDir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(workDir);
        }
    }

    /** One 方針's overview and plan sheets, and the pages (within the part) where its headings start. */
    private record Part(JasperPrint print, PageIndex pages) {
    }

    /**
     * Fills the body one part per 方針, as many at a time as there are processors; each part swaps
     * its filled pages to its own file. Parts come back in 方針 order.
     */
    private List<Part> fillParts(Compilation compilation, Map<String, Object> common, Path workDir,
                                 List<JRSwapFileVirtualizer> virtualizers) throws JRException, IOException {
        Map<String, Object> body = new HashMap<>(common);
        body.put("PLAN_SHEET_REPORT", templates.get("plan-sheet"));
        body.put("ITEM_BLOCKS_REPORT", templates.get("item-blocks"));
        body.put("POLICY_OVERVIEW_REPORT", templates.get("policy-overview"));
        body.put("OVERVIEW_PLANS_REPORT", templates.get("overview-plans"));
        body.put("OVERVIEW_COUNTS_REPORT", templates.get("overview-counts"));
        List<Callable<Part>> work = new ArrayList<>();
        for (PolicyGroup policy : compilation.policies()) {
            JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                    new JRSwapFile(workDir.toString(), 4096, 256), true);
            virtualizers.add(virtualizer);
            List<PlanSheetView> views = views(policy, compilation.fiscalYear());
            work.add(() -> {
                PageIndex pages = new PageIndex();
                Map<String, Object> parameters = new HashMap<>(body);
                parameters.put("PAGE_INDEX", pages);
                parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
                return new Part(fill("booklet", parameters, new JRBeanCollectionDataSource(views)), pages);
            });
        }
        int threads = Math.max(1, Math.min(work.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Part> parts = new ArrayList<>();
            for (Future<Part> part : pool.invokeAll(work)) {
                parts.add(part.get());
            }
            return parts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("PDF の作成が中断されました", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof JRException jr) {
                throw jr;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The plans of one 方針, in order; one without a valid sheet prints as a placeholder. */
    private List<PlanSheetView> views(PolicyGroup policy, int fiscalYear) {
        List<PlanSheetView> views = new ArrayList<>();
        PolicyOverview overview = new PolicyOverview(policy, fiscalYear, properties.gradeScale());
        for (InitiativeGroup initiative : policy.initiatives()) {
            boolean first = true;
            for (PlanEntry entry : initiative.plans()) {
                views.add(new PlanSheetView(entry, first, overview));
                first = false;
            }
        }
        return views;
    }

    private JasperPrint fill(String template, Map<String, Object> parameters, JRDataSource data) throws JRException {
        return JasperFillManager.fillReport(templates.get(template), parameters, data);
    }

    private static int pages(List<JasperPrint> prints) {
        return prints.stream().mapToInt(p -> p.getPages().size()).sum();
    }

    private void export(List<JasperPrint> prints, Compilation compilation, Edition edition, Path workDir,
                        OutputStream out) throws JRException, IOException {
        String yearLabel = FiscalYears.label(compilation.fiscalYear());
        PdfFonts.prepare();
        JRPdfExporter exporter = new PageNumberingPdfExporter();
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
        configuration.setCompressed(true);
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
