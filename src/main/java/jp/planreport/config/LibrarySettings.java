package jp.planreport.config;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The libraries' process-wide settings, set in one place when the program starts (never in a static
 * initialiser, so a test or a second context sees them set by the settings it was given):
 * <ul>
 * <li>POI's zip guards, which bound memory and time of every zip POI opens in this process: the
 * least compression ratio (zip bomb) and the largest expanded part
 * ({@code plan-report.intake.zip-min-inflate-ratio}, {@code zip-max-entry-size});</li>
 * <li>POI's temporary files (the streamed sheets of the summary workbook) in the run's own
 * {@link TemporaryFolder}, and POI's default again when the run ends.</li>
 * </ul>
 * JasperReports reads its settings from {@code jasperreports.properties}; the fonts it and the intake
 * share are read once, when first needed ({@code fonts.FontCoverage}), since most commands never need them.
 */
@Component
@Lazy(false)
public class LibrarySettings implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LibrarySettings.class);

    private final IntakeProperties intake;
    private final TemporaryFolder temporary;

    public LibrarySettings(IntakeProperties intake, TemporaryFolder temporary) {
        this.intake = intake;
        this.temporary = temporary;
    }

    @Override
    public void afterPropertiesSet() {
        ZipSecureFile.setMinInflateRatio(intake.zipMinInflateRatio());
        ZipSecureFile.setMaxEntrySize(intake.zipMaxEntryBytes());
        TempFile.setTempFileCreationStrategy(temporary);
        log.debug("POI: min inflate ratio {}, max entry {} bytes, temporary files in the run's folder",
                intake.zipMinInflateRatio(), intake.zipMaxEntryBytes());
    }

    @Override
    public void destroy() {
        // what runs after (only tests do) gets POI's default again rather than a folder that is gone
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }
}
