package eu.ondernemerscheck;

import eu.ondernemerscheck.startup.OneLineFailureReporter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Ondernemerscheck: the web adapter, the persistence adapter and the application services in one process. */
@SpringBootApplication
public class OndernemerscheckApplication {

    public static void main(String[] args) {
        try {
            SpringApplication.run(OndernemerscheckApplication.class, args);
        } catch (RuntimeException e) {
            if (OneLineFailureReporter.reported()) {
                System.exit(2);
            }
            throw e;
        }
    }
}
