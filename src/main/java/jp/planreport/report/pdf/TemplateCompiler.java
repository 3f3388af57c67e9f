package jp.planreport.report.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step: compiles every {@code reports/*.jrxml} to a {@code .jasper} file beside its copy in
 * the build output, so that a run loads the templates instead of compiling them (compiling costs
 * more than filling a small booklet). {@link ReportTemplates} still compiles a JRXML that has no
 * compiled twin, e.g. when a template is tried out from the source tree.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    /** @param args the folder of the JRXML files, the folder to write the .jasper files to */
    public static void main(String[] args) throws IOException, JRException {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(template.toString(), target.resolve(name).toString());
        }
        System.out.println("compiled " + templates.size() + " report templates to " + target);
    }
}
