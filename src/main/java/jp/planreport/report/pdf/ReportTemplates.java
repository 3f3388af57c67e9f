package jp.planreport.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

import org.springframework.stereotype.Component;

/**
 * The templates of reports/: the {@code .jasper} files compiled at build time ({@link TemplateCompiler}),
 * or, without them, the JRXML compiled once per process (compiling costs more than filling).
 */
@Component
public class ReportTemplates {

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** @param name the template's file name without .jrxml, e.g. "plan-sheet" */
    public JasperReport get(String name) {
        return compiled.computeIfAbsent(name, ReportTemplates::compile);
    }

    private static JasperReport compile(String name) {
        try (InputStream compiled = ReportTemplates.class.getClassLoader().getResourceAsStream("reports/" + name + ".jasper")) {
            if (compiled != null) {
                return (JasperReport) JRLoader.loadObject(compiled);
            }
        } catch (JRException | IOException e) {
            throw new IllegalStateException("compiled report template reports/" + name + ".jasper is unreadable", e);
        }
        String resource = "reports/" + name + ".jrxml";
        try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("report template missing: " + resource);
            }
            return JasperCompileManager.compileReport(in);
        } catch (JRException | IOException e) {
            throw new IllegalStateException("report template " + resource + " does not compile", e);
        }
    }
}
