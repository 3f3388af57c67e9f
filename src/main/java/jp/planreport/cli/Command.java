package jp.planreport.cli;

/** One command of the jar ({@code compile}, …): a Spring bean found by its {@link #name()}. */
public interface Command {

    String name();

    /** @return the exit status, see {@link ExitCodes} */
    int run(CommandLineOptions options);
}
