package jp.planreport.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.fonts.FontExtensionsCollector;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.SimpleFontExtensionHelper;
import net.sf.jasperreports.extensions.ExtensionsRegistry;
import net.sf.jasperreports.extensions.ExtensionsRegistryFactory;

/**
 * Registers the fallback font family ({@value #FAMILIES}) with JasperReports without loading the
 * font. JasperReports' own font-extension registry reads every font file into the JDK as soon as any
 * font is looked up, which for the 46 MB fallback costs about a second of every run; most booklets
 * never need it. Its face is loaded by {@link FontCoverage} the first time a character needs it, and
 * the PDF exporter only reads the family's file name and encoding. Named in
 * {@code jasperreports_extension.properties}; public for JasperReports to instantiate.
 */
public final class FallbackFontRegistryFactory implements ExtensionsRegistryFactory {

    static final String FAMILIES = "fonts/ipamj/fonts.xml";

    @Override
    public ExtensionsRegistry createRegistry(String registryId, JRPropertiesMap properties) {
        return new Registry();
    }

    private static final class Registry implements ExtensionsRegistry {

        private volatile List<FontFamily> families;

        @Override
        @SuppressWarnings("unchecked")
        public <T> List<T> getExtensions(Class<T> extensionType) {
            return FontFamily.class.equals(extensionType) ? (List<T>) families() : null;
        }

        private List<FontFamily> families() {
            List<FontFamily> read = families;
            if (read == null) {
                synchronized (this) {
                    if (families == null) {
                        families = read();
                    }
                    read = families;
                }
            }
            return read;
        }

        private static List<FontFamily> read() {
            try (InputStream in = FallbackFontRegistryFactory.class.getClassLoader().getResourceAsStream(FAMILIES)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font families missing: " + FAMILIES);
                }
                FontExtensionsCollector collector = new FontExtensionsCollector();
                SimpleFontExtensionHelper.getInstance().loadFontExtensions(DefaultJasperReportsContext.getInstance(),
                        in, collector, false);
                return List.copyOf(collector.getFontFamilies());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
