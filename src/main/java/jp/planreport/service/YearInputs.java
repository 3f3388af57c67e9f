package jp.planreport.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import jp.planreport.config.PlanReportProperties;
import jp.planreport.intake.PlanMasterException;
import jp.planreport.intake.PlanMasterReader;
import jp.planreport.intake.SubmissionFolder;
import jp.planreport.model.PlanMaster;

/**
 * The years in the input folder and the plan master of each, read again when plans.csv changes: a
 * long-running server sees the office's edits without a restart.
 */
@Service
public class YearInputs {

    private record Cached(FileTime modified, PlanMaster master) {
    }

    private final PlanReportProperties properties;
    private final ConcurrentHashMap<Integer, Cached> masters = new ConcurrentHashMap<>();

    public YearInputs(PlanReportProperties properties) {
        this.properties = properties;
    }

    public SubmissionFolder folder(int fiscalYear) {
        return SubmissionFolder.of(properties.input(), fiscalYear);
    }

    /** The years that have a plans.csv, newest first. */
    public List<Integer> years() {
        Path root = properties.input();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> years = Files.list(root)) {
            return years.filter(p -> p.getFileName().toString().matches("\\d{4}"))
                    .filter(p -> Files.isRegularFile(p.resolve(PlanMasterReader.FILE_NAME)))
                    .map(p -> Integer.parseInt(p.getFileName().toString()))
                    .sorted(java.util.Comparator.reverseOrder()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The plan master of a year; empty when the year has no plans.csv. */
    public Optional<PlanMaster> master(int fiscalYear) throws PlanMasterException {
        Path file = folder(fiscalYear).planMaster();
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        Cached cached = masters.get(fiscalYear);
        if (cached == null || !cached.modified().equals(modified)) {
            cached = new Cached(modified, new PlanMasterReader().read(file, fiscalYear));
            masters.put(fiscalYear, cached);
        }
        return Optional.of(cached.master());
    }
}
