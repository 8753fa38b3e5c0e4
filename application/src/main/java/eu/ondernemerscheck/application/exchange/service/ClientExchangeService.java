package eu.ondernemerscheck.application.exchange.service;

import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.branding.port.out.BrandingPort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.PortfolioPort;
import eu.ondernemerscheck.application.exchange.port.in.ExportPortfolioUseCase;
import eu.ondernemerscheck.application.exchange.port.in.ImportClientsCommand;
import eu.ondernemerscheck.application.exchange.port.in.ImportClientsUseCase;
import eu.ondernemerscheck.domain.exchange.ImportMode;
import eu.ondernemerscheck.application.exchange.port.in.ImportOutcome;
import eu.ondernemerscheck.application.exchange.port.in.ImportProgress;
import eu.ondernemerscheck.application.exchange.port.out.ImportClientsPort;
import eu.ondernemerscheck.application.exchange.port.out.LoadPortfolioPort;
import eu.ondernemerscheck.application.report.port.in.ReportFile;
import eu.ondernemerscheck.application.selfcheck.port.out.LoadCheckFirmPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.exchange.ClientImport;
import eu.ondernemerscheck.domain.exchange.ImportPreview;
import eu.ondernemerscheck.domain.exchange.ImportRow;
import eu.ondernemerscheck.domain.exchange.PortfolioLine;
import eu.ondernemerscheck.domain.exchange.PortfolioSheet;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.report.ReportFileName;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Client import and portfolio export for the signed-in accountant's own firm. An import runs on a thread of its own,
 * so the screen can show its progress, in the tenant and security context of the accountant who confirmed it and in
 * one transaction: the file is checked again against the clients as they are then, and either every line the chosen
 * mode takes is stored, or nothing.
 */
@Service
class ClientExchangeService implements ImportClientsUseCase, ExportPortfolioUseCase, DisposableBean {

    /** How often the progress is told, in lines: often enough for a bar, rare enough to cost nothing. */
    static final int PROGRESS_STEP = 500;

    /** Clients read per query while collecting the grid's rows for an export. */
    private static final int EXPORT_PAGE = 1000;

    private final LoadClientsPort clients;
    private final ImportClientsPort imports;
    private final LoadPortfolioPort portfolio;
    private final PortfolioPort grid;
    private final BrandingPort branding;
    private final LoadCheckFirmPort firms;
    private final RecordAuditPort audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    ClientExchangeService(LoadClientsPort clients, ImportClientsPort imports, LoadPortfolioPort portfolio,
                          PortfolioPort grid, BrandingPort branding, LoadCheckFirmPort firms, RecordAuditPort audit,
                          PlatformTransactionManager transactions, Clock clock) {
        this.clients = clients;
        this.imports = imports;
        this.portfolio = portfolio;
        this.grid = grid;
        this.branding = branding;
        this.firms = firms;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file) {
        TenantContext.require();
        return ClientImport.preview(file, clients.loadClients());
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    public CompletableFuture<ImportOutcome> importClients(ImportClientsCommand command, ImportProgress progress) {
        FirmId firm = TenantContext.require();
        SecurityContext security = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(security);
            try (TenantContext.Scope ignored = TenantContext.enter(firm)) {
                return transaction.execute(status -> importNow(firm, command, progress));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, workers);
    }

    private ImportOutcome importNow(FirmId firm, ImportClientsCommand command, ImportProgress progress) {
        byte[] file = command.file();
        ImportPreview preview = ClientImport.preview(file, clients.loadClients());
        int invalid = (int) preview.invalidCount();
        if (!preview.fileProblems().isEmpty()) {
            return new ImportOutcome(0, preview.rows().size(), "Er is niets ingelezen: "
                    + String.join(" ", preview.fileProblems()));
        }
        if (command.mode() == ImportMode.ALL_OR_NOTHING && invalid > 0) {
            return new ImportOutcome(0, preview.rows().size(), "Er is niets ingelezen: " + invalid
                    + (invalid == 1 ? " regel bevat" : " regels bevatten") + " fouten.");
        }
        List<ImportRow> valid = preview.validRows();
        if (valid.isEmpty()) {
            return new ImportOutcome(0, invalid, "Er is niets ingelezen: geen enkele regel is goed.");
        }
        Instant now = clock.instant();
        String digest = sha256(file);
        int total = valid.size();
        progress.linesDone(0, total);
        long importId = imports.importAll(valid, invalid, digest, command.mode().name(), CurrentActor.name(), now,
                done -> progress.linesDone(done, total));
        progress.linesDone(total, total);
        audit.append(new AuditEvent(now, CurrentActor.get().map(Actor::accountId).orElse(null), CurrentActor.name(),
                firm, "clients.imported", "import " + importId, null, "{\"imported\":" + total + ",\"skipped\":"
                + invalid + ",\"mode\":\"" + command.mode().name() + "\",\"sha256\":\"" + digest + "\"}"));
        return new ImportOutcome(total, invalid, "");
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public ReportFile exportPortfolio(PortfolioQuery query) {
        FirmId firm = TenantContext.require();
        Objects.requireNonNull(query, "query");
        List<Long> shown = new ArrayList<>();
        for (int offset = 0; ; offset += EXPORT_PAGE) {
            List<PortfolioRow> page = grid.page(query, offset, EXPORT_PAGE);
            page.forEach(row -> shown.add(row.clientId()));
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
        List<PortfolioLine> lines = portfolio.portfolio(query.year(), shown);
        byte[] csv = PortfolioSheet.csv(lines, SchemeCatalogue.standard());
        String firmName = branding.load(firm).map(Branding::displayName)
                .orElseGet(() -> firms.findById(firm).map(f -> f.name()).orElse(""));
        Instant now = clock.instant();
        audit.append(new AuditEvent(now, CurrentActor.get().map(Actor::accountId).orElse(null), CurrentActor.name(),
                firm, "portfolio.exported", "firm " + firm.value(), null, "{\"clients\":" + lines.size()
                + ",\"year\":" + query.year() + ",\"filtered\":" + filtered(query) + "}"));
        String day = FirmsCalendar.today(now).toString();
        return new ReportFile("portefeuille-" + ReportFileName.slug(firmName) + "-" + query.year() + "-" + day
                + ".csv", "text/csv;charset=UTF-8", csv);
    }

    private static boolean filtered(PortfolioQuery query) {
        return !query.search().isEmpty() || query.country() != null || !query.legalForm().isEmpty()
                || query.withSignal() != null;
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
