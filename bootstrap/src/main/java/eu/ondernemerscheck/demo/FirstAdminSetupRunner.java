package eu.ondernemerscheck.demo;

import eu.ondernemerscheck.application.accounts.port.in.FirstAdminSetupUseCase;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Without demo data and while no administrator exists: prints a fresh one-time setup secret on the console (never
 * into log files) with the address of the setup page. Every start without an administrator replaces the secret.
 */
@Component
@ConditionalOnBooleanProperty(name = "ondernemerscheck.demo", havingValue = false, matchIfMissing = true)
class FirstAdminSetupRunner implements ApplicationRunner {

    private final FirstAdminSetupUseCase setup;
    private final Environment environment;

    FirstAdminSetupRunner(FirstAdminSetupUseCase setup, Environment environment) {
        this.setup = setup;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        setup.issueSetupSecret().ifPresent(secret -> System.out.println("\n=== Eerste beheerder ===\n"
                + "  Er is nog geen beheerder. Open http://localhost:"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
                + "/inrichten en gebruik deze eenmalige code:\n"
                + "  Instelcode: " + secret + "\n"));
    }
}
