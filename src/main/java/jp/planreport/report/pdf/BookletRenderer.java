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
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.ReportExportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleExporterInputItem;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.PolicyGroup;
import jp.planreport.aggregate.YearsComparison;
import jp.planreport.config.PlanReportProperties;
import jp.planreport.config.RenderProperties;
import jp.planreport.config.TemporaryFolder;
import jp.planreport.fonts.FontCoverage;
import jp.planreport.model.FiscalYears;
import jp.planreport.report.Edition;

/**
 * Renders the council report as one PDF/A-2a and PDF/UA-1, with bookmarks: cover, (in a draft: the
 * completion page,) 目次, then per 方針 its overview and its plan sheets.
 *
 * <p>The body is filled in parts of a few plans, as many at a time as there are processors, and the
 * exporter writes each part as soon as it is filled while the later ones are still being filled.
 * Nothing that is filled needs to know where its part starts: page numbers and the 目次's numbers
 * are printed by the exporter ({@link BookletPdfExporter}). Filled pages are swapped to disk, so a
 * booklet of thousands of pages does not live in the heap.
 */
@Component
public class BookletRenderer {

    private static final Logger log = LoggerFactory.getLogger(BookletRenderer.class);

    private final ReportTemplates templates;
    private final PlanReportProperties properties;
    private final TemporaryFolder temporary;
    /** plans per part of the body, and per part the filled pages kept in the heap (the rest swapped to disk) */
    private final RenderProperties pieces;

    public BookletRenderer(ReportTemplates templates, PlanReportProperties properties, RenderProperties pieces,
                           TemporaryFolder temporary) {
        this.templates = templates;
        this.properties = properties;
        this.pieces = pieces;
        this.temporary = temporary;
    }

    /** @return the number of pages written */
    public int render(Compilation compilation, Edition edition, Path target) throws IOException {
        return render(compilation, edition, target, true);
    }

    /**
     * The plan sheets alone, without cover, 目次 or overview: the portal's preview of one sheet as it
     * will print, by the booklet's own templates.
     * @return the number of pages written
     */
    public int renderSheets(Compilation compilation, Edition edition, Path target) throws IOException {
        return render(compilation, edition, target, false);
    }

    private int render(Compilation compilation, Edition edition, Path target, boolean frontMatter) throws IOException {
        String yearLabel = FiscalYears.label(compilation.fiscalYear());
        Map<String, Object> common = new HashMap<>();
        common.put("ORGANISATION", properties.organisation());
        common.put("PROGRAMME_TITLE", properties.programmeTitle());
        common.put("FISCAL_YEAR_LABEL", yearLabel);
        common.put("DRAFT", edition.draft());
        common.put("COMPILED_ON", FiscalYears.date(edition.compiledAt().toLocalDate())
                + (edition.draft() ? String.format(" %d:%02d", edition.compiledAt().getHour(),
                        edition.compiledAt().getMinute()) : " 取りまとめ"));

        Path workDir = temporary.createTempDirectory("pdf-").toPath();
        ExecutorService fillers = Executors.newFixedThreadPool(
                Math.max(1, Math.min(compilation.policies().size(), Runtime.getRuntime().availableProcessors())));
        List<JRSwapFileVirtualizer> virtualizers = new ArrayList<>();
        try (OutputStream out = Files.newOutputStream(target)) {
            long started = System.nanoTime();
            Body body = fillBody(compilation, common, workDir, virtualizers, fillers, frontMatter);
            List<ExporterInputItem> items = new ArrayList<>();
            if (frontMatter) {
                items.add(new SimpleExporterInputItem(fill("cover", common, new JREmptyDataSource(1))));
            }
            if (frontMatter && edition.draft()) {
                Map<String, Object> completion = new HashMap<>(common);
                completion.put("CHANGES", CompletionRow.changes(edition.changes()));
                items.add(new SimpleExporterInputItem(fill("completion", completion,
                        new JRBeanCollectionDataSource(CompletionRow.of(compilation)))));
            }
            if (frontMatter) {
                items.add(new SimpleExporterInputItem(fill("contents", common,
                        new JRBeanCollectionDataSource(ContentsEntry.of(compilation)))));
            }
            int frontPages = items.stream().mapToInt(i -> i.getJasperPrint().getPages().size()).sum();
            items.addAll(body.items(frontPages));
            export(items, body.index(), compilation, edition, workDir, out);
            int pages = frontPages + body.pages();
            log.info("booklet: {} pages ({} parts) filled and exported in {} ms", pages, body.parts.size(),
                    (System.nanoTime() - started) / 1_000_000);
            return pages;
        } catch (JRException e) {
            throw new IOException("PDF を作成できませんでした: " + e.getMessage(), e);
        } catch (FillFailed e) {
            throw new IOException("PDF を作成できませんでした: " + e.getCause().getMessage(), e.getCause());
        } finally {
            fillers.shutdownNow();
            virtualizers.forEach(JRSwapFileVirtualizer::cleanup);
            try (var files = Files.list(workDir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(workDir);
        }
    }

    /** Some plan sheets (after the 方針's overview if they are its first), and the pages (within the part) where their headings start. */
    private record Part(JasperPrint print, PageIndex pages) {
    }

    /** A fill that failed, carried out of the exporter (which only knows runtime exceptions). */
    private static final class FillFailed extends RuntimeException {
        FillFailed(Throwable cause) {
            super(cause);
        }
    }

    /**
     * The parts of the body, being filled. The exporter takes them in order; taking one waits for
     * its fill and places its headings at their page of the whole booklet.
     */
    private static final class Body {

        private final List<Future<Part>> parts;
        private final PageIndex index = new PageIndex();
        private int pages;

        Body(List<Future<Part>> parts) {
            this.parts = parts;
        }

        List<ExporterInputItem> items(int frontPages) {
            List<ExporterInputItem> items = new ArrayList<>();
            for (Future<Part> part : parts) {
                items.add(new ExporterInputItem() {
                    private JasperPrint print;

                    @Override
                    public JasperPrint getJasperPrint() {
                        if (print == null) {
                            Part filled = await(part);
                            index.include(filled.pages(), frontPages + pages);
                            pages += filled.print().getPages().size();
                            print = filled.print();
                        }
                        return print;
                    }

                    @Override
                    public ReportExportConfiguration getConfiguration() {
                        return null;
                    }
                });
            }
            return items;
        }

        private static Part await(Future<Part> part) {
            try {
                return part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FillFailed(e);
            } catch (ExecutionException e) {
                throw new FillFailed(e.getCause());
            }
        }

        PageIndex index() {
            return index;
        }

        int pages() {
            return pages;
        }
    }

    /**
     * Starts filling the body in parts of a few plans each, the first of a 方針 with its overview;
     * each part swaps its filled pages to its own file. Small parts keep the exporter busy from
     * early on and leave it little to do alone after the last fill.
     */
    private Body fillBody(Compilation compilation, Map<String, Object> common, Path workDir,
                          List<JRSwapFileVirtualizer> virtualizers, ExecutorService fillers, boolean overviews)
            throws JRException {
        Map<String, Object> body = new HashMap<>(common);
        body.put("PLAN_SHEET_REPORT", templates.get("plan-sheet"));
        body.put("ITEM_BLOCKS_REPORT", templates.get("item-blocks"));
        body.put("POLICY_OVERVIEW_REPORT", templates.get("policy-overview"));
        body.put("OVERVIEW_PLANS_REPORT", templates.get("overview-plans"));
        body.put("OVERVIEW_COUNTS_REPORT", templates.get("overview-counts"));
        body.put("OVERVIEW_YEARS_REPORT", templates.get("overview-years"));
        List<Future<Part>> parts = new ArrayList<>();
        for (PolicyGroup policy : compilation.policies()) {
            List<PlanSheetView> views = views(policy, compilation.years());
            for (int from = 0; from < views.size(); from += pieces.plansPerPart()) {
                List<PlanSheetView> plans = views.subList(from, Math.min(views.size(), from + pieces.plansPerPart()));
                boolean opensPolicy = overviews && from == 0;
                JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(pieces.pagesInMemory(),
                        new JRSwapFile(workDir.toString(), 4096, 256), true);
                virtualizers.add(virtualizer);
                parts.add(fillers.submit(() -> {
                    PageIndex pages = new PageIndex();
                    Map<String, Object> parameters = new HashMap<>(body);
                    parameters.put("PAGE_INDEX", pages);
                    parameters.put("OPENS_POLICY", opensPolicy);
                    parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
                    JasperPrint print = fill("booklet", parameters, new JRBeanCollectionDataSource(plans));
                    virtualizer.setReadOnly(true);
                    return new Part(print, pages);
                }));
            }
        }
        return new Body(parts);
    }

    /** The plans of one 方針, in order; one without a valid sheet prints as a placeholder. */
    private List<PlanSheetView> views(PolicyGroup policy, YearsComparison years) {
        return PolicyPages.of(policy, years, properties.gradeScale()).plans();
    }

    private JasperPrint fill(String template, Map<String, Object> parameters, JRDataSource data) throws JRException {
        return JasperFillManager.fillReport(templates.get(template), parameters, data);
    }

    private void export(List<ExporterInputItem> items, PageIndex index, Compilation compilation, Edition edition,
                        Path workDir, OutputStream out) throws JRException, IOException {
        String yearLabel = FiscalYears.label(compilation.fiscalYear());
        BookletPdfExporter exporter = new BookletPdfExporter(index);
        exporter.setExporterInput(new SimpleExporterInput(items));
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
        // archival and accessible: PDF/A-2a and PDF/UA-1 (BookletTags, AccessibleXmp), the sRGB
        // profile as output intent, in Japanese
        configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_2A);
        configuration.setIccProfilePath(srgbProfile(workDir).toString());
        configuration.setTagged(true);
        configuration.setTagLanguage("ja");
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
        if (!exporter.substituted().isEmpty()) {
            // intake and the plan master's check name each one with its plan; this is for text from elsewhere too
            log.warn("booklet: characters no bundled font has, printed as {}: {}", FontCoverage.SUBSTITUTE,
                    FontCoverage.describeCodePoints(List.copyOf(exporter.substituted())));
        }
    }

    /** The JDK's own sRGB profile, so no colour profile file needs to ship with the project. */
    private static Path srgbProfile(Path workDir) throws IOException {
        Path profile = workDir.resolve("sRGB.icc");
        Files.write(profile, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        return profile;
    }
}
