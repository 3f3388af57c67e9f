package jp.planreport.report.pdf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF on a booklet: the validator's verdict for one profile (PDF/A-2a, PDF/UA-1 …) with every
 * failed check counted per rule. {@code main} prints the summary for files given on the command
 * line (used for the closing note of issue 15).
 */
final class PdfConformance {

    /** The verdict: compliant or not, checks passed and failed, failures per rule with one message each. */
    record Verdict(PDFAFlavour flavour, boolean compliant, int passed, int failed, Map<String, String> failures) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(flavour.getId() + ": " + (compliant ? "compliant" : "NOT compliant")
                    + ", " + passed + " checks passed, " + failed + " failed");
            failures.forEach((rule, message) -> text.append("\n  ").append(rule).append(' ').append(message));
            return text.toString();
        }
    }

    private PdfConformance() {
    }

    static Verdict check(Path file, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(file);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failures = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    counts.merge(rule, 1, Integer::sum);
                    failures.putIfAbsent(rule, assertion.getMessage() + " @ " + assertion.getLocation().getContext());
                }
            }
            failures.replaceAll((rule, message) -> "×" + counts.get(rule) + " " + message);
            return new Verdict(flavour, result.isCompliant(), result.getTotalAssertions() - counts.values().stream()
                    .mapToInt(Integer::intValue).sum(), counts.values().stream().mapToInt(Integer::intValue).sum(), failures);
        }
    }

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            System.out.println(file);
            for (PDFAFlavour flavour : new PDFAFlavour[] {PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A}) {
                System.out.println("  " + check(Path.of(file), flavour).toString().replace("\n", "\n  "));
            }
        }
    }
}
