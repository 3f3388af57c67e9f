package jp.planreport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import jp.planreport.cli.CommandLine;

/** plan-report: the planning office's compilation of the departments' plan sheets. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanReportApplication {

    public static void main(String[] args) {
        System.exit(CommandLine.run(args, new SpringApplication(PlanReportApplication.class)));
    }
}
