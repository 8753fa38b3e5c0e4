package eu.ondernemerscheck.application.clients.service;

import eu.ondernemerscheck.application.clients.port.in.FirmSignalsRefreshUseCase;
import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.ClientProfilePort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.PortfolioPort;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.portfolio.YearOverview;
import eu.ondernemerscheck.domain.portfolio.YearReview;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reviews every client year of one firm again as of the given day and stores the overview and signals; the stored
 * results are left alone (they do not depend on the date, only on facts and rates). The clients are taken
 * {@value #CLIENTS_PER_STEP} at a time, their facts and profiles in one read each and their reviews in one write, as
 * the recompute after a publication does, so the firm's transaction, and the wait of a save of one of its clients,
 * stays short.
 */
@Service
class FirmSignalsRefreshService implements FirmSignalsRefreshUseCase {

    /** Clients read and reviewed together: a few statements per step instead of several per client year. */
    static final int CLIENTS_PER_STEP = 100;

    private final LoadClientsPort clients;
    private final ClientFactsPort facts;
    private final ClientProfilePort profiles;
    private final PortfolioPort portfolio;
    private final LoadRateBookPort rates;
    private final Clock clock;
    private final YearReview review = new YearReview(SchemeCatalogue.standard());

    FirmSignalsRefreshService(LoadClientsPort clients, ClientFactsPort facts, ClientProfilePort profiles,
                              PortfolioPort portfolio, LoadRateBookPort rates, Clock clock) {
        this.clients = clients;
        this.facts = facts;
        this.profiles = profiles;
        this.portfolio = portfolio;
        this.rates = rates;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int refreshSignals(Firm firm, LocalDate today) {
        if (!firm.id().equals(TenantContext.require())) {
            throw new IllegalStateException("a firm's signals are refreshed with that firm as the tenant");
        }
        RateBook book = rates.newestRateBook();
        Instant now = clock.instant();
        int reviewed = 0;
        // by id, as the recompute goes: both lock the years they read, so they take the locks in one order
        List<Client> all = clients.loadClients().stream().sorted(Comparator.comparingLong(Client::id)).toList();
        for (int from = 0; from < all.size(); from += CLIENTS_PER_STEP) {
            List<Long> ids = all.subList(from, Math.min(all.size(), from + CLIENTS_PER_STEP)).stream()
                    .map(Client::id).toList();
            // the years stay locked until the refresh commits: a save made meanwhile waits, and its review (of the
            // new facts) is stored after this one instead of being overwritten by a review of the facts it replaced
            List<YearFacts> years = facts.loadAll(ids);
            Map<Long, ClientProfile> profileOf = profiles.loadProfiles(ids);
            List<YearOverview> reviews = new ArrayList<>();
            for (YearFacts yearFacts : years) {
                ClientProfile profile = profileOf.get(yearFacts.clientId());
                if (profile == null) {
                    continue;
                }
                try {
                    reviews.add(review.review(profile, yearFacts, book, today));
                } catch (InvalidInputException e) {
                    // facts a stricter rule now refuses keep their last review; the accountant sees the refusal
                }
            }
            portfolio.storeReviews(reviews, now);
            reviewed += reviews.size();
        }
        // a publication meanwhile: its recompute reviews every year of this firm on the new rates, and would wait for
        // the rows written here if it came after this check, but these reviews may have overwritten its own
        if (!rates.newestRateBook().version().equals(book.version())) {
            throw new RatesPublishedMeanwhileException(firm);
        }
        return reviewed;
    }

    /** Rolls back a firm's refresh that a publication overtook; that publication's recompute reviews the firm. */
    static final class RatesPublishedMeanwhileException extends RuntimeException {
        RatesPublishedMeanwhileException(Firm firm) {
            super("rates were published during the signal refresh of firm " + firm.id().value()
                    + "; the recompute of that publication reviews it");
        }
    }
}
