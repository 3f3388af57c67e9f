package jp.planreport.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outputs are written in pieces (application.yml, or --plan-report.render.…): they bound the
 * memory of a large run, not what it prints. Checked at start ({@link InvalidSetting}).
 *
 * @param plansPerPart  plans per part of the booklet's body, filled side by side (20 plans: about 40 pages)
 * @param pagesInMemory per part, the filled pages kept in the heap; the rest are swapped to the run's temporary folder
 * @param rowsInMemory  rows of the summary workbook's long sheets kept in the heap while they are written
 */
@ConfigurationProperties("plan-report.render")
public record RenderProperties(@DefaultValue("20") int plansPerPart, @DefaultValue("10") int pagesInMemory,
                               @DefaultValue("200") int rowsInMemory) {

    /** The settings when none are given (tests and tools that build a renderer themselves). */
    public static final RenderProperties DEFAULTS = new RenderProperties(20, 10, 200);

    private static final String PREFIX = "plan-report.render.";

    public RenderProperties {
        InvalidSetting.atLeast(PREFIX + "plans-per-part", plansPerPart, 1, "20");
        InvalidSetting.atLeast(PREFIX + "pages-in-memory", pagesInMemory, 1, "10");
        InvalidSetting.atLeast(PREFIX + "rows-in-memory", rowsInMemory, 1, "200");
    }
}
