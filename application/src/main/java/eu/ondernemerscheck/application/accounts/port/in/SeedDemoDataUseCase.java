package eu.ondernemerscheck.application.accounts.port.in;

import java.util.List;

/**
 * Creates the demo firm with an administrator, an accountant and a client, once. Passwords are generated; there are
 * no fixed default passwords.
 */
public interface SeedDemoDataUseCase {

    /** @return the accounts created now, or an empty list when the demo data already exists */
    List<DemoAccount> seedDemoData();
}
