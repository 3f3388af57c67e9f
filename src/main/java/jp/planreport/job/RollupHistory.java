package jp.planreport.job;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import jp.planreport.aggregate.Compilation;
import jp.planreport.aggregate.RollupChanges;
import jp.planreport.config.OfficeTime;
import jp.planreport.model.PlanMaster;
import jp.planreport.store.PlanSheetVersion;
import jp.planreport.store.SubmissionStore;

/**
 * The roll-ups that went before, from the Spring Batch metadata: the last successful one (to skip a
 * roll-up of unchanged input, and to compare with), and what changed since then.
 */
@Component
public class RollupHistory {

    /** The job execution a roll-up compares with, pinned at its first attempt so a resumed run compares the same. */
    static final String PREVIOUS_ROLLUP = "previousRollupExecution";
    /**
     * The changes the changes step found, kept for the render steps (and a resumed run) as JSON: the
     * job's context is written by Spring Batch's serializer, which takes plain values, not our records.
     */
    static final String ROLLUP_CHANGES = "rollupChanges";
    private static final int PAGE = 50;

    private final JobRepository jobs;
    private final SubmissionStore store;
    private final OfficeTime time;
    private final JsonMapper json;

    public RollupHistory(JobRepository jobs, SubmissionStore store, OfficeTime time, JsonMapper json) {
        this.jobs = jobs;
        this.store = store;
        this.time = time;
        // a context written by another build may carry properties this one does not know (isEmpty)
        this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    /** The newest roll-up that completed for the same year, input and output folders. */
    public Optional<JobExecution> lastSuccessful(int fiscalYear, Path input, Path output) {
        return lastSuccessfulBefore(new CompilationRun(fiscalYear, input, output, null, false), Long.MAX_VALUE);
    }

    /** The same, among the job instances older than the given one. */
    Optional<JobExecution> lastSuccessfulBefore(CompilationRun run, long instanceId) {
        for (int start = 0; ; start += PAGE) {
            List<JobInstance> instances = jobs.getJobInstances(RollupJobConfiguration.JOB_NAME, start, PAGE);
            Optional<JobExecution> found = instances.stream()
                    .filter(i -> i.getInstanceId() < instanceId)
                    .flatMap(i -> jobs.getJobExecutions(i).stream())
                    .filter(e -> e.getStatus() == BatchStatus.COMPLETED
                            && ExitStatus.COMPLETED.getExitCode().equals(e.getExitStatus().getExitCode()))
                    .filter(e -> sameTarget(CompilationRun.of(e.getJobParameters()), run))
                    .max(java.util.Comparator.comparing(JobExecution::getId));
            if (found.isPresent() || instances.size() < PAGE) {
                return found;
            }
        }
    }

    private static boolean sameTarget(CompilationRun a, CompilationRun b) {
        return a.fiscalYear() == b.fiscalYear() && a.input().equals(b.input()) && a.output().equals(b.output());
    }

    /** Chooses (once per job instance) the roll-up this one is compared with. */
    void pinPrevious(JobExecution current) {
        if (!current.getExecutionContext().containsKey(PREVIOUS_ROLLUP)) {
            current.getExecutionContext().putLong(PREVIOUS_ROLLUP, lastSuccessfulBefore(CompilationRun.of(current.getJobParameters()),
                    current.getJobInstance().getInstanceId()).map(JobExecution::getId).orElse(0L));
        }
    }

    /** Computes this roll-up's changes and keeps them in the job's context (the changes step, once per run). */
    RollupChanges findAndKeepChanges(JobExecution current, PlanMaster master) {
        pinPrevious(current);
        RollupChanges changes = changes(current, master);
        try {
            current.getExecutionContext().putString(ROLLUP_CHANGES, json.writeValueAsString(changes));
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot keep the roll-up's changes", e);
        }
        return changes;
    }

    /**
     * The changes the changes step kept (also after a restart: the job's context is carried over);
     * computed here only for a run whose changes step finished before they were kept (an earlier release).
     */
    RollupChanges keptChanges(JobExecution current, PlanMaster master) {
        String kept = current.getExecutionContext().getString(ROLLUP_CHANGES, null);
        if (kept == null) {
            return changes(current, master);
        }
        try {
            return json.readValue(kept, RollupChanges.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("the roll-up's kept changes are unreadable", e);
        }
    }

    /** The changes of this roll-up against the pinned previous one (everything is new for the first one). */
    private RollupChanges changes(JobExecution current, PlanMaster master) {
        long instanceId = current.getJobInstance().getInstanceId();
        Compilation now = CompilationLoader.load(current.getExecutionContext(), master, store, instanceId);
        long previousId = current.getExecutionContext().getLong(PREVIOUS_ROLLUP, 0L);
        JobExecution previous = previousId == 0 ? null : jobs.getJobExecution(previousId);
        if (previous == null) {
            return RollupChanges.between(null, Set.of(), null, now, rejected(instanceId));
        }
        long previousInstance = previous.getJobInstance().getInstanceId();
        Compilation before = CompilationLoader.load(previous.getExecutionContext(), master, store, previousInstance);
        LocalDateTime at = time.local(previous.getEndTime() != null ? previous.getEndTime() : previous.getCreateTime());
        return RollupChanges.between(before, rejected(previousInstance).keySet(), at, now, rejected(instanceId));
    }

    /** Plans a run received a sheet for that the rules rejected, with the files that carried it. */
    private Map<Integer, String> rejected(long instanceId) {
        Set<String> accepted = new HashSet<>();
        for (PlanSheetVersion v : store.readInRun(instanceId)) {
            accepted.add(v.sourceFile() + "\u0000" + v.planNo());
        }
        Map<Integer, Set<String>> files = new LinkedHashMap<>();
        store.plansByFile(instanceId).forEach((file, plans) -> plans.stream()
                .filter(planNo -> !accepted.contains(file + "\u0000" + planNo))
                .forEach(planNo -> files.computeIfAbsent(planNo, p -> new TreeSet<>()).add(file)));
        Map<Integer, String> rejected = new LinkedHashMap<>();
        files.forEach((planNo, names) -> rejected.put(planNo, String.join("、", names)));
        return rejected;
    }
}
