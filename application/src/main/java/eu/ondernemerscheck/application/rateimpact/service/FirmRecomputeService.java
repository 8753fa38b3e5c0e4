package eu.ondernemerscheck.application.rateimpact.service;

import eu.ondernemerscheck.application.clients.port.out.ClientFactsPort;
import eu.ondernemerscheck.application.clients.port.out.ClientProfilePort;
import eu.ondernemerscheck.application.clients.port.out.LoadClientsPort;
import eu.ondernemerscheck.application.clients.port.out.PortfolioPort;
import eu.ondernemerscheck.application.clients.port.out.StoredResultsPort;
import eu.ondernemerscheck.application.notices.port.out.RecomputeNoticesPort;
import eu.ondernemerscheck.application.rateimpact.port.in.FirmRecomputeUseCase;
import eu.ondernemerscheck.application.rateimpact.port.out.BackgroundPriorityPort;
import eu.ondernemerscheck.application.rateimpact.port.out.InteractiveLoadPort;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.rates.port.out.RecomputeQueuePort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.portfolio.Client;
import eu.ondernemerscheck.domain.portfolio.ClientProfile;
import eu.ondernemerscheck.domain.portfolio.RecomputeNotice;
import eu.ondernemerscheck.domain.portfolio.StoredResult;
import eu.ondernemerscheck.domain.portfolio.YearFacts;
import eu.ondernemerscheck.domain.portfolio.YearOverview;
import eu.ondernemerscheck.domain.portfolio.YearResults;
import eu.ondernemerscheck.domain.portfolio.YearReview;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recomputes every client year of one firm on ONE rate book and stores the results with that book's version, refreshes
 * the portfolio's overview and signals of each year, leaves the firm's accountants a notice of what changed, then
 * records the firm as done, all in one transaction: if it breaks off, the firm keeps its old results and stays
 * waiting, never half old and half new.
 *
 * <p>The clients are taken {@value #CLIENTS_PER_STEP} at a time: their facts, current results and profiles in one
 * read each, their new results and reviews in one write each, so a firm costs a few statements per step instead of a
 * dozen per client year (issue 9: 100,000 results in 10 seconds), and the memory held stays that of one step whatever
 * the size of the firm. Before each step's reads and before each of its two writes it gives way to the requests people
 * are making at that moment (at most {@link #GIVE_WAY_AT_MOST} each time), so on a machine it shares with them the
 * accountants' screens stay quick while it runs: a request that comes in meets at most a third of a small step
 * (issue 9, docs/performance.md). Once a wait runs into that bound it stops giving way for the rest of the firm: the
 * request still being served may be waiting for this very transaction (a save of one of the firm's clients). Until
 * then its database session and thread run at a lower CPU priority than people's requests, where the machine allows
 * it; from then on at normal priority, so that such a save does not wait at the background's priority.
 *
 * <p>{@link #rehearse} does a recompute's reads, computing and writes step by step, each step in a transaction of its
 * own that is rolled back: after a start, so that the first publication does not wait for the JVM to compile this
 * code. It claims nothing and leaves no notice; a step locks its client years as a recompute's step does, in the same
 * order, for as long as that step lasts, so a save of one of them waits for that step only. A step gives way before
 * its transaction starts, when it holds no connection and no lock, and then before each of its two writes as a
 * recompute does, for that step alone.
 */
@Service
class FirmRecomputeService implements FirmRecomputeUseCase {

    private final RecomputeQueuePort queue;
    private final LoadClientsPort clients;
    private final ClientFactsPort facts;
    private final StoredResultsPort results;
    private final LoadRateBookPort rates;
    private final ClientProfilePort profiles;
    private final PortfolioPort portfolio;
    private final RecomputeNoticesPort notices;
    private final InteractiveLoadPort interactive;
    private final BackgroundPriorityPort priority;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate rehearsing;
    private final YearResults engine = new YearResults(SchemeCatalogue.standard());
    private final YearReview review = new YearReview(SchemeCatalogue.standard());

    static final int CLIENTS_PER_STEP = 100;

    /** The reason a rehearsal gives its writes, which it rolls back: it is never stored. */
    static final String REHEARSED = "repetitie na de start (teruggedraaid)";

    /** The longest a step waits for people's requests: under steady use the recompute still moves on. */
    static final Duration GIVE_WAY_AT_MOST = Duration.ofMillis(200);

    FirmRecomputeService(RecomputeQueuePort queue, LoadClientsPort clients, ClientFactsPort facts,
                         StoredResultsPort results, LoadRateBookPort rates, ClientProfilePort profiles,
                         PortfolioPort portfolio, RecomputeNoticesPort notices, InteractiveLoadPort interactive,
                         BackgroundPriorityPort priority, Clock clock, PlatformTransactionManager transactions) {
        this.queue = queue;
        this.clients = clients;
        this.facts = facts;
        this.results = results;
        this.rates = rates;
        this.profiles = profiles;
        this.portfolio = portfolio;
        this.notices = notices;
        this.interactive = interactive;
        this.priority = priority;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true);
        this.rehearsing = new TransactionTemplate(transactions);
        this.rehearsing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    // only the background recompute runs it, under the system role no person holds (access-matrix.tsv)
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public OptionalInt recompute(Firm firm) {
        if (!firm.id().equals(TenantContext.require())) {
            throw new IllegalStateException("a firm is recomputed with that firm as the tenant");
        }
        OptionalLong target = queue.claim(firm.id());
        if (target.isEmpty()) {
            return OptionalInt.empty();
        }
        priority.lowerUntilTransactionEnds();
        List<String> publications = queue.publicationsWaitingFor(firm.id());
        // checked now, not as this node last saw it: the claim may be for a publication made on another node a moment
        // ago, and marking the firm done with an older book would leave its results old for good
        RateBook book = rates.newestRateBook();
        Instant now = clock.instant();
        LocalDate today = FirmsCalendar.today(now);
        String reason = "tarieven gewijzigd: " + book.version();
        Changes changes = new Changes();
        String storedReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
        int stored = 0;
        List<Client> all = clientsInIdOrder();
        GivingWay givingWay = new GivingWay();
        for (int from = 0; from < all.size(); from += CLIENTS_PER_STEP) {
            givingWay.now();
            List<Client> step = all.subList(from, Math.min(all.size(), from + CLIENTS_PER_STEP));
            stored += step(step, book, now, today, changes, givingWay, storedReason).results();
        }
        if (changes.results > 0) {
            notices.add(new RecomputeNotice(0, now, String.join("; ", publications), changes.clients.size(),
                    changes.results, changes.largest, changes.largestText, false));
        }
        queue.done(firm.id(), target.getAsLong(), stored);
        return OptionalInt.of(stored);
    }

    @Override
    @PreAuthorize("hasRole('SYSTEM')")
    public int rehearse(Firm firm, int clientYears) {
        if (!firm.id().equals(TenantContext.require())) {
            throw new IllegalStateException("a firm is rehearsed with that firm as the tenant");
        }
        record Start(RateBook book, List<Client> clients) {
        }
        Start start = reading.execute(status -> new Start(rates.currentRateBook(), clientsInIdOrder()));
        Instant now = clock.instant();
        LocalDate today = FirmsCalendar.today(now);
        Changes changes = new Changes();
        int computed = 0;
        List<Client> all = Objects.requireNonNull(start).clients();
        for (int from = 0; from < all.size() && computed < clientYears && !Thread.currentThread().isInterrupted();
             from += CLIENTS_PER_STEP) {
            List<Client> step = all.subList(from, Math.min(all.size(), from + CLIENTS_PER_STEP));
            // before the step's transaction: nothing can be waiting for it yet, and it holds no connection meanwhile
            interactive.giveWay(GIVE_WAY_AT_MOST);
            // a recompute's step, in a transaction of its own that is always rolled back: its locks last one step
            Integer years = rehearsing.execute(status -> {
                status.setRollbackOnly();
                priority.lowerUntilTransactionEnds();
                return step(step, start.book(), now, today, changes, new GivingWay(), REHEARSED).clientYears();
            });
            computed += Objects.requireNonNull(years);
        }
        return computed;
    }

    /** The firm's clients by id, as the nightly refresh takes them: both lock the years they read, in one order. */
    private List<Client> clientsInIdOrder() {
        return clients.loadClients().stream().sorted(Comparator.comparingLong(Client::id)).toList();
    }

    /**
     * One step of clients: their years read and locked, computed on the book against what is stored ({@code changes}
     * takes the differences), and their new results and reviews written, giving way before each of the two writes.
     */
    private Step step(List<Client> step, RateBook book, Instant now, LocalDate today, Changes changes,
                      GivingWay givingWay, String reason) {
        List<Long> ids = step.stream().map(Client::id).toList();
        Map<Long, List<YearFacts>> years = facts.loadAll(ids).stream()
                .collect(Collectors.groupingBy(YearFacts::clientId));
        Map<Long, List<StoredResult>> before = results.currentOf(ids).stream()
                .collect(Collectors.groupingBy(StoredResult::clientId));
        Map<Long, ClientProfile> profileOf = profiles.loadProfiles(ids);
        List<StoredResultsPort.YearToStore> toStore = new ArrayList<>();
        List<YearOverview> reviews = new ArrayList<>();
        int stored = 0;
        for (Client client : step) {
            for (YearFacts yearFacts : years.getOrDefault(client.id(), List.of())) {
                int year = yearFacts.year();
                YearResults.ComputedYear computed;
                try {
                    computed = engine.computeYear(client, yearFacts, book, now);
                } catch (InvalidInputException e) {
                    // facts a stricter rule now refuses keep their old results; the accountant sees the refusal
                    continue;
                }
                List<StoredResult> old = before.getOrDefault(client.id(), List.of()).stream()
                        .filter(r -> r.year() == year).toList();
                changes.compare(client, year, old, computed.results());
                toStore.add(new StoredResultsPort.YearToStore(client.id(), year, computed.results(),
                        dropsScheme(old, computed.results())));
                stored += computed.results().size();
                ClientProfile profile = profileOf.get(client.id());
                if (profile != null) {
                    reviews.add(review.review(profile, yearFacts, book, today, computed.outcomes()));
                }
            }
        }
        givingWay.now();
        results.replaceAll(toStore, reason);
        givingWay.now();
        portfolio.storeReviews(reviews, now);
        return new Step(toStore.size(), stored);
    }

    /** What a step wrote: client years and results. */
    private record Step(int clientYears, int results) {
    }

    /** Whether a scheme stored for the year is missing from its new results, so its current result has to go. */
    static boolean dropsScheme(List<StoredResult> stored, List<StoredResult> computed) {
        // a year holds a few schemes: no set is worth building for each of a firm's years
        return stored.stream().anyMatch(r -> computed.stream().noneMatch(c -> c.scheme().equals(r.scheme())));
    }

    /**
     * Gives way to people's requests until a wait runs into its bound; from then on, for this firm, no more, and the
     * firm is finished at normal priority.
     */
    private final class GivingWay {

        private boolean stillGiving = true;

        void now() {
            if (stillGiving) {
                stillGiving = interactive.giveWay(GIVE_WAY_AT_MOST);
                if (!stillGiving) {
                    // the request that kept it waiting may be waiting for this transaction: finish at normal priority
                    priority.normalAgain();
                }
            }
        }
    }

    /** What the recompute changed in the firm: clients and results, and the largest change of an amount. */
    private static final class Changes {

        private final Set<Long> clients = new HashSet<>();
        private int results;
        private BigDecimal largest;
        private String largestText = "";

        void compare(Client client, int year, List<StoredResult> before, List<StoredResult> after) {
            Map<String, StoredResult> old = before.stream()
                    .collect(Collectors.toMap(StoredResult::scheme, Function.identity(), (a, b) -> a));
            for (StoredResult now : after) {
                StoredResult was = old.get(now.scheme());
                if (was == null || (Objects.equals(was.figureText(), now.figureText())
                        && was.problem().equals(now.problem()))) {
                    continue;
                }
                clients.add(client.id());
                results++;
                if (was.figure() != null && now.figure() != null) {
                    BigDecimal difference = now.figure().subtract(was.figure()).abs();
                    if (largest == null || difference.compareTo(largest) > 0) {
                        largest = difference;
                        largestText = client.name() + ", " + year + ", " + now.scheme() + ": " + was.figureText()
                                + " → " + now.figureText();
                    }
                }
            }
        }
    }
}
