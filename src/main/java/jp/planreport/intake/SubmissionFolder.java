package jp.planreport.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The input folder of one fiscal year: {@code <input>/<year>/plans.csv} and {@code submissions/**}. */
public record SubmissionFolder(Path yearFolder) {

    public static SubmissionFolder of(Path inputRoot, int fiscalYear) {
        return new SubmissionFolder(inputRoot.resolve(Integer.toString(fiscalYear)));
    }

    public Path planMaster() {
        return yearFolder.resolve(PlanMasterReader.FILE_NAME);
    }

    public Path submissions() {
        return yearFolder.resolve("submissions");
    }

    /** Every regular file under submissions/, subfolders included, in a stable order. */
    public List<SubmissionFile> files() {
        Path root = submissions();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> new SubmissionFile(p, root.relativize(p).toString().replace('\\', '/')))
                    .sorted(Comparator.comparing(SubmissionFile::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without --fiscal-year: the newest year folder that has a plans.csv. */
    public static java.util.OptionalInt newestYear(Path inputRoot) {
        if (!Files.isDirectory(inputRoot)) {
            return java.util.OptionalInt.empty();
        }
        try (Stream<Path> years = Files.list(inputRoot)) {
            return years.filter(p -> p.getFileName().toString().matches("\\d{4}"))
                    .filter(p -> Files.isRegularFile(p.resolve(PlanMasterReader.FILE_NAME)))
                    .mapToInt(p -> Integer.parseInt(p.getFileName().toString())).max();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
