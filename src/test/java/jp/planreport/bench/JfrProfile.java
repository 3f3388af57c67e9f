package jp.planreport.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JDK Flight Recorder file of one benchmark run as Markdown: CPU samples per batch
 * step (time windows read from the run's BATCH_STEP_EXECUTION), what they were spent on, the
 * hottest methods, GC pauses, the heap high-water mark and the biggest allocation sites.
 * Usage: {@code JfrProfile RECORDING.jfr JDBC_URL_OF_THE_RUN [TOP=8]}.
 */
public final class JfrProfile {

    /** What a sample was doing, decided by the frames on its stack (first rule that matches wins). */
    private static final String[][] CATEGORIES = {
        {"JRXML load/compile", "net.sf.jasperreports.engine.design.JRAbstractCompiler", "net.sf.jasperreports.engine.JasperCompileManager",
            "org.eclipse.jdt", "net.sf.jasperreports.engine.xml.JRXmlLoader", "net.sf.jasperreports.jackson"},
        {"class and resource loading", "java.lang.ClassLoader.loadClass", "java.lang.ClassLoader.defineClass",
            "java.lang.ClassLoader.getResource", "jdk.internal.loader", "java.util.ServiceLoader"},
        // PdfTextRenderer (texts with a paragraph indent) breaks every paragraph into lines again with AWT
        {"PDF export: line breaking again (AWT)", "net.sf.jasperreports.pdf+sun.font", "net.sf.jasperreports.pdf+java.awt.font",
            "net.sf.jasperreports.pdf+java.text"},
        {"PDF export: fonts (OpenPDF)", "net.sf.jasperreports.pdf+org.apache.fontbox", "net.sf.jasperreports.pdf+com.lowagie.text.pdf.TrueTypeFont",
            "net.sf.jasperreports.pdf+com.lowagie.text.pdf.FontDetails", "net.sf.jasperreports.pdf+com.lowagie.text.pdf.CJKFont"},
        {"PDF export: compression", "net.sf.jasperreports.pdf+java.util.zip.Deflater", "com.lowagie+java.util.zip.Deflater"},
        {"PDF export: other", "net.sf.jasperreports.pdf", "net.sf.jasperreports.export.pdf", "com.lowagie", "org.openpdf"},
        {"Jasper fill: virtualizer (swap)", "net.sf.jasperreports.engine.fill.JRAbstractLRUVirtualizer",
            "net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer", "net.sf.jasperreports.engine.base.JRVirtualPrintPage"},
        {"Jasper fill: text layout", "net.sf.jasperreports.engine.fill+java.awt.font", "net.sf.jasperreports.engine.fill+sun.font",
            "net.sf.jasperreports.engine.fill.TextMeasurer", "net.sf.jasperreports.engine.util.JRStyledTextParser"},
        {"Jasper fill: expressions/other", "net.sf.jasperreports.engine.fill", "net.sf.jasperreports"},
        {"summary workbook (POI write)", "jp.planreport.report.workbook", "org.apache.poi.xssf.streaming"},
        {"POI read: XML parsing", "org.apache.poi+org.apache.xmlbeans", "org.apache.poi+org.apache.xerces",
            "org.apache.poi+com.sun.org.apache.xerces", "org.apache.poi+javax.xml"},
        {"POI read: zip/other", "org.apache.poi", "org.apache.xmlbeans", "org.openxmlformats"},
        {"checksums (SHA-256)", "jp.planreport.intake.Checksums"},
        {"H2 / JDBC", "org.h2", "com.zaxxer.hikari"},
        {"rest of the step (app code, Spring Batch, JDK)", "org.springframework.batch"},
        {"Spring (context, beans)", "org.springframework"},
    };

    record Window(String step, Instant start, Instant end) {
        long millis() {
            return end.toEpochMilli() - start.toEpochMilli();
        }
    }

    /** Sampling periods of settings=profile (JDK 17): a sample stands for this much running time. */
    private static final int JAVA_PERIOD_MS = 10;
    private static final int NATIVE_PERIOD_MS = 20;

    private final Map<String, Map<String, Integer>> categoriesByStep = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> methodsByStep = new LinkedHashMap<>();
    private final Map<String, Integer> samplesByStep = new LinkedHashMap<>();
    private final Map<String, Integer> samplesByThread = new TreeMap<>();
    private final Map<String, Long> allocationBySite = new TreeMap<>();
    private final Map<String, Long> allocationByStep = new LinkedHashMap<>();
    private final Map<String, List<Float>> cpuLoadByThread = new TreeMap<>();
    private long longCompilations;
    private long longCompilationNanos;
    private long gcCount;
    private long gcPauseNanos;
    private long longestPauseNanos;
    private long heapUsedMax;
    private long heapCommittedMax;
    private long heapAfterGcMax;

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length < 2) {
            System.err.println("usage: JfrProfile RECORDING.jfr JDBC_URL [TOP=8]");
            System.exit(2);
        }
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        List<Window> steps = steps(args[1]);
        JfrProfile profile = new JfrProfile();
        for (Window w : steps) {
            profile.samplesByStep.put(w.step(), 0);
        }
        profile.samplesByStep.put("(outside the steps: JVM start, Spring, checks)", 0);
        profile.read(Path.of(args[0]), steps);
        profile.print(steps, top);
    }

    /** The step windows of the first job execution (Spring Batch stores local date-times). */
    static List<Window> steps(String url) throws SQLException {
        List<Window> windows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION"
                     + " WHERE JOB_EXECUTION_ID = (SELECT MIN(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)"
                     + " ORDER BY STEP_EXECUTION_ID")) {
            while (rs.next()) {
                ZoneId zone = ZoneId.systemDefault();
                windows.add(new Window(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().atZone(zone).toInstant(),
                        rs.getTimestamp(3).toLocalDateTime().atZone(zone).toInstant()));
            }
        }
        return windows;
    }

    private void read(Path file, List<Window> steps) throws IOException {
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                switch (e.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> sample(e, stepAt(steps, e.getStartTime()), JAVA_PERIOD_MS);
                    case "jdk.NativeMethodSample" -> sample(e, stepAt(steps, e.getStartTime()), NATIVE_PERIOD_MS);
                    case "jdk.ThreadCPULoad" -> {
                        String thread = e.getThread("eventThread") == null ? "?" : e.getThread("eventThread").getJavaName();
                        cpuLoadByThread.computeIfAbsent(thread == null ? "?" : thread, k -> new ArrayList<>())
                                .add(e.getFloat("user") + e.getFloat("system"));
                    }
                    case "jdk.Compilation" -> {
                        longCompilations++;
                        longCompilationNanos += e.getDuration().toNanos();
                    }
                    case "jdk.GarbageCollection" -> {
                        gcCount++;
                        gcPauseNanos += e.getDuration("sumOfPauses").toNanos();
                        longestPauseNanos = Math.max(longestPauseNanos, e.getDuration("longestPause").toNanos());
                    }
                    case "jdk.GCHeapSummary" -> {
                        long used = e.getLong("heapUsed");
                        heapUsedMax = Math.max(heapUsedMax, used);
                        heapCommittedMax = Math.max(heapCommittedMax, e.<jdk.jfr.consumer.RecordedObject>getValue("heapSpace").getLong("committedSize"));
                        if ("After GC".equals(e.getString("when"))) {
                            heapAfterGcMax = Math.max(heapAfterGcMax, used);
                        }
                    }
                    case "jdk.ObjectAllocationSample" -> {
                        long weight = e.getLong("weight");
                        allocationBySite.merge(allocationSite(e.getStackTrace()), weight, Long::sum);
                        allocationByStep.merge(stepAt(steps, e.getStartTime()), weight, Long::sum);
                    }
                    default -> {
                    }
                }
            }
        }
    }

    /** The shortest step window holding the instant (a partition inside its manager step). */
    private static String stepAt(List<Window> steps, Instant t) {
        return steps.stream().filter(w -> !t.isBefore(w.start()) && !t.isAfter(w.end()))
                .min(Comparator.comparingLong(Window::millis)).map(Window::step)
                .orElse("(outside the steps: JVM start, Spring, checks)");
    }

    private void sample(RecordedEvent e, String step, int millis) {
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        samplesByStep.merge(step, millis, Integer::sum);
        categoriesByStep.computeIfAbsent(step, k -> new LinkedHashMap<>()).merge(category(stack), millis, Integer::sum);
        methodsByStep.computeIfAbsent(step, k -> new LinkedHashMap<>()).merge(name(stack.getFrames().get(0)), millis, Integer::sum);
        String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
        samplesByThread.merge(thread == null ? "?" : thread.replaceAll("\\s*#?\\d+$", ""), millis, Integer::sum);
    }

    static String category(RecordedStackTrace stack) {
        List<String> classes = stack.getFrames().stream()
                .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName()).toList();
        for (String[] rule : CATEGORIES) {
            for (int i = 1; i < rule.length; i++) {
                if (matches(classes, rule[i])) {
                    return rule[0];
                }
            }
        }
        return "other (JDK)";
    }

    /** "a+b": a frame of package a and, nearer the leaf, one of package b; "a": any frame of a. */
    private static boolean matches(List<String> classes, String rule) {
        int plus = rule.indexOf('+');
        if (plus < 0) {
            return classes.stream().anyMatch(c -> c.startsWith(rule));
        }
        String outer = rule.substring(0, plus);
        String inner = rule.substring(plus + 1);
        int innerAt = -1;
        for (int i = 0; i < classes.size(); i++) {
            if (innerAt < 0 && classes.get(i).startsWith(inner)) {
                innerAt = i;
            }
            if (innerAt >= 0 && classes.get(i).startsWith(outer)) {
                return true;
            }
        }
        return false;
    }

    /** The first frame outside the JDK: who asked for the memory. */
    private static String allocationSite(RecordedStackTrace stack) {
        if (stack == null) {
            return "(no stack)";
        }
        for (RecordedFrame f : stack.getFrames()) {
            String type = f.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return name(f);
            }
        }
        return name(stack.getFrames().get(0));
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    private void print(List<Window> steps, int top) {
        int total = samplesByStep.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Sampled running time (jdk.ExecutionSample every %d ms in Java code, jdk.NativeMethodSample every %d ms"
                + " in native code; JIT and GC threads are not sampled): %.1f s in all; by thread: %s.%n%n",
                JAVA_PERIOD_MS, NATIVE_PERIOD_MS, total / 1000.0, samplesByThread.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
                        .map(x -> String.format("%s %.1f s", x.getKey(), x.getValue() / 1000.0))
                        .reduce((a, b) -> a + ", " + b).orElse("none"));
        System.out.println("| step | wall | sampled | share | spent on (share of the step's samples) |");
        System.out.println("|---|---:|---:|---:|---|");
        Map<String, Long> millis = new LinkedHashMap<>();
        steps.forEach(w -> millis.merge(w.step(), w.millis(), Long::sum));
        for (var entry : samplesByStep.entrySet()) {
            String step = entry.getKey();
            int n = entry.getValue();
            System.out.printf("| %s | %s | %.1f s | %.0f %% | %s |%n", step,
                    millis.containsKey(step) ? String.format("%.1f s", millis.get(step) / 1000.0) : "",
                    n / 1000.0, 100.0 * n / Math.max(1, total), topEntries(categoriesByStep.get(step), n, 4));
        }
        System.out.printf("%nHottest methods (self samples, leaf frame) per step:%n%n");
        for (var entry : samplesByStep.entrySet()) {
            if (entry.getValue() > 0) {
                System.out.printf("- **%s**: %s%n", entry.getKey(), topEntries(methodsByStep.get(entry.getKey()), entry.getValue(), top));
            }
        }
        System.out.printf("%nCPU load by thread (jdk.ThreadCPULoad, mean share of the machine): %s. "
                        + "JIT: %d compilations of 100 ms or more, %.1f s in all.%n",
                cpuLoadByThread.entrySet().stream().filter(x -> x.getValue().size() >= 3) // threads that lived a while
                        .map(x -> Map.entry(x.getKey(), x.getValue().stream().mapToDouble(Float::doubleValue).average().orElse(0)))
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5)
                        .map(x -> String.format("%s %.0f %%", x.getKey(), 100 * x.getValue()))
                        .reduce((a, b) -> a + ", " + b).orElse("none"),
                longCompilations, longCompilationNanos / 1e9);
        long allocated = allocationByStep.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%nGC: %d collections, %.2f s of pauses in all (longest %.0f ms). "
                        + "Heap used, highest seen: %.0f MiB (highest after a GC: %.0f MiB; committed at most %.0f MiB).%n",
                gcCount, gcPauseNanos / 1e9, longestPauseNanos / 1e6, heapUsedMax / 1048576.0, heapAfterGcMax / 1048576.0,
                heapCommittedMax / 1048576.0);
        System.out.printf("%nAllocation (jdk.ObjectAllocationSample, estimated): %.1f GiB in all; per step: %s.%n",
                allocated / 1073741824.0, allocationByStep.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .map(x -> String.format("%s %.2f GiB", x.getKey(), x.getValue() / 1073741824.0))
                        .reduce((a, b) -> a + ", " + b).orElse("none"));
        System.out.printf("Biggest allocation sites (first non-JDK frame): %s%n", allocationBySite.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .map(x -> String.format("`%s` %.0f %%", x.getKey(), 100.0 * x.getValue() / Math.max(1, allocated)))
                .reduce((a, b) -> a + ", " + b).orElse("none"));
    }

    private static String topEntries(Map<String, Integer> counts, int total, int limit) {
        if (counts == null || counts.isEmpty()) {
            return "";
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .map(x -> String.format("%s %.0f %%", x.getKey().contains(".") ? "`" + x.getKey() + "`" : x.getKey(),
                        100.0 * x.getValue() / Math.max(1, total)))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
