package eu.ondernemerscheck.application.accounts.service;

import eu.ondernemerscheck.application.accounts.port.in.DemoAccount;
import eu.ondernemerscheck.application.accounts.port.in.SeedDemoDataUseCase;
import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.LoadAccountPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.out.SaveClientPort;
import eu.ondernemerscheck.application.proposals.port.out.LinkedClientPort;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds the demo firm once: an administrator, an accountant, a client and a few portfolio entries. Each password is
 * generated afresh and shown once at start-up.
 */
@Service
class DemoDataService implements SeedDemoDataUseCase {

    static final String ADMIN_EMAIL = "admin@demo.ondernemerscheck.eu";
    static final String ACCOUNTANT_EMAIL = "accountant@demo.ondernemerscheck.eu";
    static final String CLIENT_EMAIL = "klant@demo.ondernemerscheck.eu";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final LoadAccountPort load;
    private final SaveAccountPort save;
    private final HashPasswordPort hasher;
    private final FirmRegistryPort firms;
    private final SaveClientPort clients;
    private final LinkedClientPort linkedClients;

    DemoDataService(LoadAccountPort load, SaveAccountPort save, HashPasswordPort hasher, FirmRegistryPort firms,
                    SaveClientPort clients, LinkedClientPort linkedClients) {
        this.load = load;
        this.save = save;
        this.hasher = hasher;
        this.firms = firms;
        this.clients = clients;
        this.linkedClients = linkedClients;
    }

    /** A start-up task only: no person holds the system role, so no request can seed data. */
    @Override
    @PreAuthorize("hasRole('SYSTEM')")
    public List<DemoAccount> seedDemoData() {
        if (load.findByEmail(ADMIN_EMAIL).isPresent()) {
            return List.of();
        }
        Firm firm = firms.provision("Demokantoor Van Dijk & Peeters");
        List<DemoAccount> created = new ArrayList<>();
        created.add(account(Role.ADMIN, ADMIN_EMAIL, "Demo-beheerder", null));
        created.add(account(Role.ACCOUNTANT, ACCOUNTANT_EMAIL, "Demo-accountant", firm));
        created.add(account(Role.CLIENT, CLIENT_EMAIL, "Demo-klant", firm));
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            long bakery = clients.saveNew("Bakkerij De Zon", Country.NL, "eenmanszaak").id();
            clients.saveNew("Studio Noord vof", Country.NL, "vof");
            clients.saveNew("Peeters Consult", Country.BE, "eenmanszaak");
            // the demo client account is the bakery's own, so its check opens without an invitation
            load.findByEmail(CLIENT_EMAIL).ifPresent(a -> linkedClients.link(a.id(), firm.id(), bakery));
        }
        return created;
    }

    private DemoAccount account(Role role, String email, String name, Firm firm) {
        String password = generatePassword();
        save.create(email, name, hasher.hash(password), role, firm == null ? null : firm.id());
        return new DemoAccount(role, email, password);
    }

    private String generatePassword() {
        StringBuilder out = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
