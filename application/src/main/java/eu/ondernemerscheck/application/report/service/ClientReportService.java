package eu.ondernemerscheck.application.report.service;

import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.branding.port.out.BrandingPort;
import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.report.port.in.ClientReportUseCase;
import eu.ondernemerscheck.application.report.port.in.OwnReportUseCase;
import eu.ondernemerscheck.application.report.port.in.ReportFile;
import eu.ondernemerscheck.application.report.port.out.RenderReportPort;
import eu.ondernemerscheck.application.report.port.out.ReportSourcesPort;
import eu.ondernemerscheck.application.selfcheck.port.out.LoadCheckFirmPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.UnknownClientException;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.report.ClientReport;
import eu.ondernemerscheck.domain.report.ClientReports;
import eu.ondernemerscheck.domain.report.NoFactsException;
import eu.ondernemerscheck.domain.report.ReportFileName;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Makes client reports: the facts of the year recomputed on the current rate book with their full explanations, the
 * firm's branding, laid out as a PDF. The accountant names the client; a client gets only the record their account is
 * linked to. Each report made is recorded in the audit trail.
 */
@Service
class ClientReportService implements ClientReportUseCase, OwnReportUseCase {

    private final LoadClientsPort clients;
    private final ClientFactsPort facts;
    private final LoadRateBookPort rates;
    private final BrandingPort branding;
    private final LoadCheckFirmPort firms;
    private final ReportSourcesPort sources;
    private final RenderReportPort renderer;
    private final RecordAuditPort audit;
    private final Clock clock;
    private final ClientReports reports = new ClientReports(SchemeCatalogue.standard());

    ClientReportService(LoadClientsPort clients, ClientFactsPort facts, LoadRateBookPort rates, BrandingPort branding,
                        LoadCheckFirmPort firms, ReportSourcesPort sources, RenderReportPort renderer,
                        RecordAuditPort audit, Clock clock) {
        this.clients = clients;
        this.facts = facts;
        this.rates = rates;
        this.branding = branding;
        this.firms = firms;
        this.sources = sources;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public ReportFile report(long clientId, int year) {
        FirmId firm = TenantContext.require();
        Client client = clients.loadClient(clientId).orElseThrow(() -> new UnknownClientException(clientId));
        return make(firm, client, year);
    }

    @Override
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional(readOnly = true)
    public List<Integer> ownReportYears() {
        FirmId firm = TenantContext.require();
        return ownClient(firm).map(c -> facts.years(c.id())).orElse(List.of());
    }

    @Override
    @PreAuthorize("hasRole('CLIENT')")
    @Transactional
    public ReportFile ownReport(int year) {
        FirmId firm = TenantContext.require();
        Client client = ownClient(firm).orElseThrow(() -> new NoFactsException(year));
        return make(firm, client, year);
    }

    private Optional<Client> ownClient(FirmId firm) {
        return CurrentActor.get().flatMap(actor -> sources.clientOfAccount(actor.accountId(), firm))
                .flatMap(clients::loadClient);
    }

    private ReportFile make(FirmId firm, Client client, int year) {
        YearFacts yearFacts = facts.load(client.id(), year).orElseThrow(() -> new NoFactsException(year));
        Branding face = branding.load(firm).orElseGet(() -> Branding.unset(firms.findById(firm).map(Firm::name)
                .orElse("")));
        RateBook book = rates.currentRateBook();
        // the report's date and time as the Dutch and Belgian reader reads them
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), FirmsCalendar.ZONE);
        ClientReport report = reports.assemble(face, client, yearFacts, book,
                sources.ratesPublishedOn(book.version()).orElse(null), now);
        byte[] pdf = renderer.render(report);
        audit.append(new AuditEvent(clock.instant(), CurrentActor.get().map(Actor::accountId).orElse(null),
                CurrentActor.name(), firm, "client.report.made", "client " + client.id() + " year " + year, null,
                "{\"rateVersion\":\"" + book.version().replace("\"", "") + "\",\"bytes\":" + pdf.length + "}"));
        return new ReportFile(ReportFileName.of(face.displayName(), client.id(), year), "application/pdf", pdf);
    }
}
