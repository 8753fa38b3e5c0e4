package eu.ondernemerscheck.application.rateimpact.service;

import eu.ondernemerscheck.application.firms.port.out.FirmRegistryPort;
import eu.ondernemerscheck.application.rateimpact.port.in.FirmImpactUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.PreviewRateImpactUseCase;
import eu.ondernemerscheck.application.rateimpact.port.in.RateImpact;
import eu.ondernemerscheck.application.rateimpact.port.in.ResultChange;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.rates.port.out.LoadRateHistoryPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateChangeRefusedException;
import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.Firm;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Previews a draft: the rates in force with the draft applied become a second rate book, and every firm's client
 * years are computed on both (firm by firm, each in its own schema and transaction). A change is what the draft
 * causes, not what an earlier publication left to recompute, hence both sides are computed fresh. Nothing is stored.
 */
@Service
class RateImpactService implements PreviewRateImpactUseCase {

    /** How many of the largest changes each way the administrator sees. */
    static final int LARGEST = 5;

    private final LoadRateHistoryPort history;
    private final LoadRateBookPort rates;
    private final FirmRegistryPort firms;
    private final FirmImpactUseCase perFirm;

    RateImpactService(LoadRateHistoryPort history, LoadRateBookPort rates, FirmRegistryPort firms,
                      FirmImpactUseCase perFirm) {
        this.history = history;
        this.rates = rates;
        this.firms = firms;
        this.perFirm = perFirm;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public RateImpact preview(long draftVersion) {
        List<RateRecord> records = history.recordsOf(draftVersion);
        if (records.isEmpty() || !records.getFirst().introducedIn().draft()) {
            throw new RateChangeRefusedException("Dit is geen open concept; er valt niets te bekijken.");
        }
        RateBook inForce = rates.currentRateBook();
        List<RateValue> values = new ArrayList<>(inForce.values());
        for (RateRecord r : records) {
            if (r.replaces() != null) {
                history.record(r.replaces()).ifPresent(old -> values.remove(old.value()));
            }
            values.add(r.value());
        }
        RateBook withDraft = RateBook.of(inForce.version() + " met concept v" + draftVersion, values);

        int compared = 0;
        List<ResultChange> changes = new ArrayList<>();
        Map<String, Integer> perFirmCount = new LinkedHashMap<>();
        for (Firm firm : firms.all()) {
            FirmImpactUseCase.FirmImpact impact;
            try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
                impact = perFirm.changesInFirm(firm, inForce, withDraft);
            }
            compared += impact.compared();
            changes.addAll(impact.changes());
            if (!impact.changes().isEmpty()) {
                perFirmCount.put(firm.name(), impact.changes().size());
            }
        }
        BigDecimal up = changes.stream().map(ResultChange::difference).filter(d -> d.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal down = changes.stream().map(ResultChange::difference).filter(d -> d.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ResultChange> largestUp = changes.stream().filter(c -> c.difference().signum() > 0)
                .sorted(Comparator.comparing(ResultChange::difference).reversed()).limit(LARGEST).toList();
        List<ResultChange> largestDown = changes.stream().filter(c -> c.difference().signum() < 0)
                .sorted(Comparator.comparing(ResultChange::difference)).limit(LARGEST).toList();
        return new RateImpact(draftVersion, compared, changes, up, down, largestUp, largestDown, perFirmCount);
    }
}
