package jp.planreport.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

import org.springframework.stereotype.Component;

/** The JRXML templates of reports/, compiled once per process (compiling costs more than filling). */
@Component
public class ReportTemplates {

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** @param name the template's file name without .jrxml, e.g. "plan-sheet" */
    public JasperReport get(String name) {
        return compiled.computeIfAbsent(name, ReportTemplates::compile);
    }

    private static JasperReport compile(String name) {
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
