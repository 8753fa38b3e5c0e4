package eu.ondernemerscheck.application.clients.service;

import eu.ondernemerscheck.application.clients.port.in.PortfolioUseCase;
import eu.ondernemerscheck.application.clients.port.out.OpenProposalsPort;
import eu.ondernemerscheck.application.clients.port.out.PortfolioPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.portfolio.FirmSignal;
import eu.ondernemerscheck.domain.portfolio.PortfolioQuery;
import eu.ondernemerscheck.domain.portfolio.PortfolioRow;
import eu.ondernemerscheck.domain.portfolio.Signal;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The portfolio of the signed-in accountant's own firm, a page at a time. */
@Service
class PortfolioService implements PortfolioUseCase {

    /** A grid never asks for more than this in one go; a larger request is a mistake, not a need. */
    private static final int MAX_PAGE = 500;

    private final PortfolioPort portfolio;
    private final ObjectProvider<OpenProposalsPort> proposals;
    private final Clock clock;

    PortfolioService(PortfolioPort portfolio, ObjectProvider<OpenProposalsPort> proposals, Clock clock) {
        this.portfolio = portfolio;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    public int currentYear() {
        return FirmsCalendar.today(clock.instant()).getYear();
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<PortfolioRow> clients(PortfolioQuery query, int offset, int limit) {
        TenantContext.require();
        List<PortfolioRow> rows = portfolio.page(query, Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
        OpenProposalsPort open = proposals.getIfAvailable();
        if (open == null || rows.isEmpty()) {
            return rows;
        }
        Map<Long, Integer> counts = open.openProposals(rows.stream().map(PortfolioRow::clientId).toList());
        return rows.stream().map(r -> r.withOpenProposals(counts.getOrDefault(r.clientId(), 0))).toList();
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public int countClients(PortfolioQuery query) {
        TenantContext.require();
        return portfolio.count(query);
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<String> legalForms() {
        TenantContext.require();
        return portfolio.legalForms();
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<FirmSignal> signals(int year, int offset, int limit) {
        TenantContext.require();
        return portfolio.signals(year, Math.max(0, offset), Math.clamp(limit, 0, MAX_PAGE));
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public int countSignals(int year) {
        TenantContext.require();
        return portfolio.countSignals(year);
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<Signal> clientSignals(long clientId, int year) {
        TenantContext.require();
        return portfolio.clientSignals(clientId, year);
    }
}
