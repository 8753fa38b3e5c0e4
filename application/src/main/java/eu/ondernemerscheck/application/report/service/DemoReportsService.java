package eu.ondernemerscheck.application.report.service;

import eu.ondernemerscheck.application.clients.port.in.ClientFactsUseCase;
import eu.ondernemerscheck.application.clients.port.in.SaveFactsCommand;
import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.report.port.in.SeedDemoReportsUseCase;
import eu.ondernemerscheck.application.report.port.out.ReportSourcesPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Demo facts for the client report: the Dutch bakery invests (KIA, the KIA-02 sample case: 28% of € 2.901) and stays
 * under the KOR threshold; the Belgian consultant's diesel car costs are deductible at a rate the shipped data marks
 * provisional, so the demo report shows the provisional notice. The demo client's account gets the bakery.
 */
@Service
class DemoReportsService implements SeedDemoReportsUseCase {

    static final int DEMO_YEAR = 2025;

    private final LoadClientsPort clients;
    private final ClientFactsPort facts;
    private final ClientFactsUseCase store;
    private final ReportSourcesPort sources;
    private final TransactionTemplate transaction;

    DemoReportsService(LoadClientsPort clients, ClientFactsPort facts, ClientFactsUseCase store,
                       ReportSourcesPort sources, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.clients = clients;
        this.facts = facts;
        this.store = store;
        this.sources = sources;
    }

    /** The firm is entered before the transaction starts, so its connection opens on the firm's schema. */
    @Override
    @PreAuthorize("hasRole('SYSTEM')")
    public void seedDemoReports(FirmId demoFirm, String demoClientEmail) {
        try (TenantContext.Scope ignored = TenantContext.enter(demoFirm)) {
            transaction.executeWithoutResult(status -> seed(demoFirm, demoClientEmail));
        }
    }

    private void seed(FirmId demoFirm, String demoClientEmail) {
        {
            for (Client client : clients.loadClients()) {
                switch (client.name()) {
                    case "Bakkerij De Zon" -> {
                        save(client, Map.of(
                                "nl-kia", Map.of("investment_total_eur", new BigDecimal("2901")),
                                "nl-kor", Map.of("taxable_turnover_eur", new BigDecimal("15000"))));
                        sources.linkClientAccount(demoClientEmail, demoFirm, client.id());
                    }
                    case "Peeters Consult" -> save(client, Map.of(
                            "be-car-deductibility", Map.of("fuel", "diesel", "co2_g_km", new BigDecimal("120"),
                                    "order_date", "2024-05-15", "car_costs_eur", new BigDecimal("8000"),
                            "professional_km", new BigDecimal("12000"), "total_km", new BigDecimal("20000"))));
                    default -> {
                    }
                }
            }
        }
    }

    private void save(Client client, Map<String, Map<String, Object>> answers) {
        if (facts.load(client.id(), DEMO_YEAR).isPresent()) {
            return;
        }
        // the accountant's own path: results, signals and the portfolio overview are stored with the facts
        store.save(new SaveFactsCommand(client.id(), DEMO_YEAR, answers, 0));
    }
}
