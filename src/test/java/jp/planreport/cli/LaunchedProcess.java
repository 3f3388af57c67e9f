package jp.planreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** A started command whose output is collected as it comes. */
final class LaunchedProcess {

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    LaunchedProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.append(line).append('\n');
                }
            } catch (IOException e) {
                output.append(e).append('\n');
            }
        });
        reader.start();
    }

    void awaitLine(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (output.indexOf(text) < 0) {
            assertThat(process.isAlive()).as("still running, waiting for " + text + ":\n" + output).isTrue();
            assertThat(System.nanoTime()).as("waiting for " + text).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    void signal(String name) throws Exception {
        int sent = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
        assertThat(sent).isZero();
    }

    LaunchedProcess finish() throws InterruptedException {
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished:\n" + output).isTrue();
        reader.join(10_000);
        return this;
    }

    long pid() {
        return process.pid();
    }

    int status() {
        return process.exitValue();
    }

    String output() {
        return output.toString();
    }
}
