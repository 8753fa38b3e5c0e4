package eu.ondernemerscheck.support;

import eu.ondernemerscheck.application.accounts.port.out.HashPasswordPort;
import eu.ondernemerscheck.application.accounts.port.out.SaveAccountPort;
import eu.ondernemerscheck.application.clients.port.out.SaveClientPort;
import eu.ondernemerscheck.application.firms.port.in.ProvisionFirmUseCase;
import eu.ondernemerscheck.application.invitations.port.out.InvitedAccountPort;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsCommand;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsUseCase;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The two-firm fixture of security.md §4.3: firms A and B made through the real provisioning, each in its own schema,
 * each with clients whose ids collide on purpose (client 1 and 2 exist in both; B's third has an id A never reaches), a lead each, an accountant each
 * and, in firm A, two client accounts for clients 1 and 2. Every name of firm A's data carries {@link #markerA()},
 * every name of firm B's data {@link #markerB()}, so a test can see at once whether anything of the other firm shows.
 * Made once per test run, in the shared application context.
 */
public final class TwoFirms {

    private static TwoFirms made;

    public final Firm a;
    public final Firm b;
    public final List<Client> clientsOfA;
    public final List<Client> clientsOfB;
    public final long accountantA;
    public final long accountantB;
    public final long clientA1;
    public final long clientA2;
    private final String suffix;

    private TwoFirms(Firm a, Firm b, List<Client> clientsOfA, List<Client> clientsOfB, long accountantA,
                     long accountantB, long clientA1, long clientA2, String suffix) {
        this.a = a;
        this.b = b;
        this.clientsOfA = clientsOfA;
        this.clientsOfB = clientsOfB;
        this.accountantA = accountantA;
        this.accountantB = accountantB;
        this.clientA1 = clientA1;
        this.clientA2 = clientA2;
        this.suffix = suffix;
    }

    public static synchronized TwoFirms of(ApplicationContext context) {
        if (made == null) {
            made = make(context);
        }
        return made;
    }

    public String markerA() {
        return "ALLEEN-A-" + suffix;
    }

    public String markerB() {
        return "ALLEEN-B-" + suffix;
    }

    public String email(String who) {
        return who + "-" + suffix + "@matrix.example.nl";
    }

    /** A client whose id firm A will not reach in this test run, however many clients tests add to A. */
    private static Client onlyInB(ApplicationContext context, Firm b, SaveClientPort clients, String name) {
        context.getBean(JdbcTemplate.class).queryForObject("select setval(pg_get_serial_sequence(?, 'id'), 1000000)",
                Long.class, b.id().schemaName() + ".client");
        return clients.saveNew(name, Country.BE, "bv");
    }

    private static TwoFirms make(ApplicationContext context) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ProvisionFirmUseCase firms = context.getBean(ProvisionFirmUseCase.class);
        SaveClientPort clients = context.getBean(SaveClientPort.class);
        SaveAccountPort accounts = context.getBean(SaveAccountPort.class);
        InvitedAccountPort invited = context.getBean(InvitedAccountPort.class);
        HashPasswordPort hashing = context.getBean(HashPasswordPort.class);
        LeaveContactDetailsUseCase leads = context.getBean(LeaveContactDetailsUseCase.class);

        Firm a = AsAdministrator.provision(firms, "Matrixkantoor A " + suffix);
        Firm b = AsAdministrator.provision(firms, "Matrixkantoor B " + suffix);
        String markerA = "ALLEEN-A-" + suffix;
        String markerB = "ALLEEN-B-" + suffix;
        List<Client> ofA;
        try (TenantContext.Scope ignored = TenantContext.enter(a.id())) {
            ofA = List.of(clients.saveNew("Klant 1 " + markerA, Country.NL, "bv"),
                    clients.saveNew("Klant 2 " + markerA, Country.NL, "vof"));
        }
        List<Client> ofB;
        try (TenantContext.Scope ignored = TenantContext.enter(b.id())) {
            ofB = List.of(clients.saveNew("Klant 1 " + markerB, Country.BE, "bv"),
                    clients.saveNew("Klant 2 " + markerB, Country.BE, "eenmanszaak"),
                    onlyInB(context, b, clients, "Klant 3 " + markerB));
        }
        if (ofA.get(0).id() != ofB.get(0).id() || ofA.get(1).id() != ofB.get(1).id()) {
            throw new IllegalStateException("the fixture needs colliding client ids");
        }
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        leads.leaveContactDetails(new LeaveContactDetailsCommand(a.publicId(), "10.77.1." + (suffix.hashCode() & 0x7f),
                Country.NL, year, Map.of(), "Aanvraag " + markerA, "aanvraag-a@example.nl", "", "", true,
                "Ik geef toestemming."));
        leads.leaveContactDetails(new LeaveContactDetailsCommand(b.publicId(), "10.77.2." + (suffix.hashCode() & 0x7f),
                Country.NL, year, Map.of(), "Aanvraag " + markerB, "aanvraag-b@example.nl", "", "", true,
                "Ik geef toestemming."));
        String hash = hashing.hash(UUID.randomUUID().toString());
        long accountantA = accounts.create("accountant-a-" + suffix + "@matrix.example.nl", "Accountant A", hash,
                Role.ACCOUNTANT, a.id());
        long accountantB = accounts.create("accountant-b-" + suffix + "@matrix.example.nl", "Accountant B", hash,
                Role.ACCOUNTANT, b.id());
        long clientA1 = invited.createAccount("klant-a1-" + suffix + "@matrix.example.nl", "Klant A1", hash,
                Role.CLIENT, a.id(), ofA.get(0).id());
        long clientA2 = invited.createAccount("klant-a2-" + suffix + "@matrix.example.nl", "Klant A2", hash,
                Role.CLIENT, a.id(), ofA.get(1).id());
        return new TwoFirms(a, b, ofA, ofB, accountantA, accountantB, clientA1, clientA2, suffix);
    }
}
