package eu.ondernemerscheck.demo;

import eu.ondernemerscheck.application.accounts.port.in.DemoAccount;
import eu.ondernemerscheck.application.accounts.port.in.SeedDemoDataUseCase;
import eu.ondernemerscheck.application.firms.port.in.ListFirmsUseCase;
import eu.ondernemerscheck.application.report.port.in.SeedDemoReportsUseCase;
import eu.ondernemerscheck.domain.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * With {@code --ondernemerscheck.demo=true}: seeds the demo firm once and prints its generated passwords once, on the
 * console only (never into the log files).
 */
@Component
@ConditionalOnBooleanProperty("ondernemerscheck.demo")
class DemoDataRunner implements ApplicationRunner {

    private final SeedDemoDataUseCase demo;
    private final ListFirmsUseCase firms;
    private final SeedDemoReportsUseCase reports;

    DemoDataRunner(SeedDemoDataUseCase demo, ListFirmsUseCase firms, SeedDemoReportsUseCase reports) {
        this.demo = demo;
        this.firms = firms;
        this.reports = reports;
    }

    @Override
    public void run(ApplicationArguments args) {
        // seeding is a start-up task of the platform itself: it runs under the system role, which no person holds,
        // so the same use case stays closed to every request (access-matrix.tsv)
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext previous = holder.getContext();
        SecurityContext system = holder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("platform", null,
                List.of(new SimpleGrantedAuthority("ROLE_SYSTEM"))));
        holder.setContext(system);
        try {
            seed();
        } finally {
            holder.setContext(previous);
        }
    }

    private void seed() {
        List<DemoAccount> created = demo.seedDemoData();
        if (created.isEmpty()) {
            System.out.println("Demogegevens bestaan al; de wachtwoorden zijn bij de eerste start getoond.");
            return;
        }
        created.stream().filter(a -> a.role() == Role.CLIENT).findFirst().ifPresent(client -> firms.listFirms()
                .stream().filter(f -> f.name().startsWith("Demokantoor")).findFirst()
                .ifPresent(f -> reports.seedDemoReports(f.id(), client.email())));
        StringBuilder out = new StringBuilder("\n=== Demo-accounts (wachtwoorden worden maar één keer getoond) ===\n");
        for (DemoAccount a : created) {
            out.append(String.format("  %-10s %-38s %s%n", a.role(), a.email(), a.password()));
        }
        firms.listFirms().stream().filter(f -> f.name().startsWith("Demokantoor")).findFirst()
                .ifPresent(f -> out.append("  Snelle check van het demokantoor: /check/").append(f.publicId())
                        .append('\n'));
        System.out.println(out);
    }
}
