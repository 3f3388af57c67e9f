package jp.planreport.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

import jp.planreport.config.OfficeTime;
import jp.planreport.config.PlanReportProperties;

/**
 * The outputs of a year, as the office downloads them: the year-end booklet and workbook, and each
 * night's drafts. Files are found by listing the output folder and addressed by edition ({@code final}
 * or a roll-up date) and kind ({@code report} or {@code summary}), never by a path from a request.
 */
@Component
public class OutputCatalog {

    public static final String FINAL = "final";

    /** One file: its edition, kind, size, pages (PDF) and when it was written (office time). */
    public record Output(String edition, String kind, Path path, long size, Integer pages, String written) {

        public String fileName() {
            return path.getFileName().toString();
        }
    }

    private record Counted(long size, long modified, int pages) {
    }

    private final PlanReportProperties properties;
    private final OfficeTime time;
    private final Map<Path, Counted> pages = new ConcurrentHashMap<>();

    public OutputCatalog(PlanReportProperties properties, OfficeTime time) {
        this.properties = properties;
        this.time = time;
    }

    /** The year-end outputs first, then the drafts, newest night first. */
    public List<Output> of(int fiscalYear) {
        List<Output> outputs = new ArrayList<>();
        add(outputs, FINAL, OutputFiles.of(root(), fiscalYear));
        for (LocalDate night : nights(fiscalYear)) {
            add(outputs, night.toString(), OutputFiles.rollup(root(), fiscalYear, night));
        }
        return outputs;
    }

    /** The file of an edition and kind, when it exists; anything else asked for is empty. */
    public Optional<Output> find(int fiscalYear, String edition, String kind) {
        OutputFiles files;
        if (FINAL.equals(edition)) {
            files = OutputFiles.of(root(), fiscalYear);
        } else {
            try {
                files = OutputFiles.rollup(root(), fiscalYear, LocalDate.parse(edition));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        List<Output> found = new ArrayList<>();
        add(found, edition, files);
        return found.stream().filter(o -> o.kind().equals(kind)).findFirst();
    }

    private Path root() {
        return properties.output().toAbsolutePath().normalize();
    }

    private List<LocalDate> nights(int fiscalYear) {
        Path folder = root().resolve(Integer.toString(fiscalYear)).resolve("rollup");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> dates = Files.list(folder)) {
            return dates.filter(Files::isDirectory).map(p -> p.getFileName().toString()).flatMap(name -> {
                try {
                    return Stream.of(LocalDate.parse(name));
                } catch (DateTimeParseException e) {
                    return Stream.empty();
                }
            }).sorted(Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private void add(List<Output> outputs, String edition, OutputFiles files) {
        for (Path file : files.all()) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                long size = Files.size(file);
                long modified = Files.getLastModifiedTime(file).toMillis();
                boolean pdf = file.getFileName().toString().endsWith(".pdf");
                outputs.add(new Output(edition, pdf ? "report" : "summary", file, size, pdf ? pages(file, size, modified) : null,
                        OfficeTime.format(time.local(java.time.Instant.ofEpochMilli(modified)))));
            } catch (IOException e) {
                // removed while listed: not there
            }
        }
    }

    /** The page count of a PDF, read once per version of the file (its trailer and page tree only). */
    private Integer pages(Path pdf, long size, long modified) {
        Counted counted = pages.get(pdf);
        if (counted == null || counted.size() != size || counted.modified() != modified) {
            try {
                PdfReader reader = new PdfReader(new RandomAccessFileOrArray(pdf.toString(), false, true), null);
                try {
                    counted = new Counted(size, modified, reader.getNumberOfPages());
                } finally {
                    reader.close();
                }
                pages.put(pdf, counted);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
        return counted.pages();
    }
}
