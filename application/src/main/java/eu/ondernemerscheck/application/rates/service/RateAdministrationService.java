package eu.ondernemerscheck.application.rates.service;

import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.rates.port.in.ChangeRateCommand;
import eu.ondernemerscheck.application.rates.port.in.ChangeRatesUseCase;
import eu.ondernemerscheck.application.rates.port.in.RateDraft;
import eu.ondernemerscheck.application.rates.port.in.RateSeries;
import eu.ondernemerscheck.application.rates.port.in.ViewRatesUseCase;
import eu.ondernemerscheck.application.rates.port.out.LoadRateBookPort;
import eu.ondernemerscheck.application.rates.port.out.LoadRateHistoryPort;
import eu.ondernemerscheck.application.rates.port.out.RecomputeQueuePort;
import eu.ondernemerscheck.application.rates.port.out.RecomputeTriggerPort;
import eu.ondernemerscheck.application.rates.port.out.SaveRateDraftPort;
import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.catalogue.UnknownSchemeException;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateChangeRefusedException;
import eu.ondernemerscheck.domain.rules.RateChangeRules;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateKind;
import eu.ondernemerscheck.domain.rules.RateParameters;
import eu.ondernemerscheck.domain.rules.RateRecord;
import eu.ondernemerscheck.domain.rules.RateSeriesStamp;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.rules.RateVersionInfo;
import eu.ondernemerscheck.domain.rules.Scheme;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.JsonText;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The administrator's rate maintenance (journey 6): the history per scheme, drafts checked by the domain's
 * {@link RateChangeRules}, publication, and every step in the audit trail with before and after.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class RateAdministrationService implements ViewRatesUseCase, ChangeRatesUseCase {

    private final SchemeCatalogue catalogue = SchemeCatalogue.standard();
    private final LoadRateHistoryPort history;
    private final SaveRateDraftPort drafts;
    private final LoadRateBookPort rates;
    private final RecordAuditPort audit;
    private final RecomputeQueuePort recompute;
    private final RecomputeTriggerPort recomputeJob;
    private final Clock clock;

    RateAdministrationService(LoadRateHistoryPort history, SaveRateDraftPort drafts, LoadRateBookPort rates,
                              RecordAuditPort audit, RecomputeQueuePort recompute,
                              RecomputeTriggerPort recomputeJob, Clock clock) {
        this.history = history;
        this.drafts = drafts;
        this.rates = rates;
        this.audit = audit;
        this.recompute = recompute;
        this.recomputeJob = recomputeJob;
        this.clock = clock;
    }

    @Override
    public List<SchemeDefinition> schemes() {
        return catalogue.all().stream().map(Scheme::definition).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RateSeries> series(String schemeId) {
        Scheme scheme = catalogue.find(schemeId).orElseThrow(() -> new UnknownSchemeException(schemeId));
        Set<String> families = scheme.yearKeys().stream().map(k -> RateParameters.family(k.parameter()))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> parameters = RateParameters.all().keySet().stream()
                .filter(p -> families.contains(RateParameters.family(p))).toList();
        Map<RateKey, List<RateRecord>> byKey = new TreeMap<>();
        for (RateRecord r : history.records(parameters)) {
            byKey.computeIfAbsent(r.value().key(), k -> new ArrayList<>()).add(r);
        }
        Map<RateKey, RateSeriesStamp> stamps = history.stamps().stream()
                .collect(Collectors.toMap(RateSeriesStamp::key, s -> s, (a, b) -> a));
        List<RateSeries> out = new ArrayList<>();
        byKey.forEach((key, records) -> {
            records.sort(Comparator.comparing((RateRecord r) -> r.value().effectiveFrom())
                    .thenComparingLong(RateRecord::id));
            RateSeriesStamp stamp = stamps.getOrDefault(key, new RateSeriesStamp(key, 0, "", clock.instant()));
            out.add(new RateSeries(key, records.getFirst().kind(), stamp, records));
        });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RateDraft> openDrafts() {
        List<RateDraft> out = new ArrayList<>();
        for (RateRecord r : history.openDraftRecords()) {
            RateRecord before = r.replaces() == null ? null : history.record(r.replaces()).orElse(null);
            out.add(new RateDraft(r.introducedIn(), r, before));
        }
        out.sort(Comparator.comparing(d -> d.version().id()));
        return out;
    }

    @Override
    @Transactional
    public long proposeChange(ChangeRateCommand command) {
        RateValue proposed = command.toValue();
        Optional<RateRecord> replaced = Optional.empty();
        if (command.replaces() != null) {
            RateRecord old = history.record(command.replaces()).filter(r -> r.value().key().equals(command.key()))
                    .orElseThrow(() -> new RateChangeRefusedException("De waarde die u wilt corrigeren bestaat niet"
                            + " (meer). Laad de pagina opnieuw."));
            if (old.state() != RateRecord.State.IN_FORCE) {
                throw new RateChangeRefusedException("De waarde die u wilt corrigeren is intussen vervangen. Laad de"
                        + " pagina opnieuw.");
            }
            replaced = Optional.of(old);
        }
        RateBook live = rates.newestRateBook();
        List<FieldError> errors = RateChangeRules.check(proposed, replaced.map(RateRecord::value), live, today());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RateKind kind = RateParameters.kind(command.key().parameter()).orElseThrow();
        String author = author();
        String label = command.key() + " vanaf " + proposed.effectiveFrom() + " (" + clock.instant() + ")";
        long version = drafts.saveDraft(new SaveRateDraftPort.NewDraft(proposed, kind, command.replaces(),
                command.expectedVersion(), label, command.reason(), author));
        record("rate.draft", command.key() + " vanaf " + proposed.effectiveFrom() + ": " + command.reason(),
                replaced.map(r -> RateJson.of(r.value(), r.id(), r.introducedIn().id())).orElse(null),
                RateJson.of(proposed, null, version));
        return version;
    }

    @Override
    @Transactional
    public void publish(long draftVersion) {
        // first, so that the draft is checked against what a publication under way, on any node, leaves live
        drafts.waitForTurnToPublish();
        List<RateRecord> records = history.recordsOf(draftVersion);
        if (records.isEmpty()) {
            throw new RateChangeRefusedException("Dit concept bestaat niet.");
        }
        RateVersionInfo version = records.getFirst().introducedIn();
        if (!version.draft()) {
            throw RateChangeRefusedException.noLongerDraft(version);
        }
        RateBook live = rates.newestRateBook();
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (RateRecord r : records) {
            Optional<RateRecord> replaced = r.replaces() == null ? Optional.empty() : history.record(r.replaces());
            List<FieldError> errors = RateChangeRules.check(r.value(), replaced.map(RateRecord::value), live,
                    today());
            if (!errors.isEmpty()) {
                throw new RateChangeRefusedException("Dit concept past niet meer bij de tarieven die nu gelden: "
                        + errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
            }
            replaced.ifPresent(old -> before.add(RateJson.of(old.value(), old.id(), old.introducedIn().id())));
            after.add(RateJson.of(r.value(), r.id(), draftVersion));
        }
        drafts.publish(draftVersion, author());
        // in the same transaction: a publication is never live without its recompute being asked for
        recompute.requestEveryFirm();
        recomputeJob.recomputeSoon();
        record("rate.publish", version.label() + ": " + version.reason(),
                before.isEmpty() ? null : "[" + String.join(",", before) + "]", "[" + String.join(",", after) + "]");
    }

    @Override
    @Transactional
    public void discard(long draftVersion) {
        List<RateRecord> records = history.recordsOf(draftVersion);
        if (records.isEmpty()) {
            throw new RateChangeRefusedException("Dit concept bestaat niet.");
        }
        RateVersionInfo version = records.getFirst().introducedIn();
        if (!version.draft()) {
            throw RateChangeRefusedException.noLongerDraft(version);
        }
        drafts.discard(draftVersion, author());
        record("rate.discard", version.label() + ": " + version.reason(),
                "[" + records.stream().map(r -> RateJson.of(r.value(), r.id(), draftVersion))
                        .collect(Collectors.joining(",")) + "]", null);
    }

    private void record(String action, String subject, String before, String after) {
        Optional<Actor> actor = CurrentActor.get();
        audit.append(new AuditEvent(clock.instant(), actor.map(Actor::accountId).orElse(null), author(), null,
                action, subject, before, after));
    }

    /** The administrators' calendar day decides "today" for the date rules. */
    private LocalDate today() {
        return FirmsCalendar.today(clock.instant());
    }

    /** The administrator's e-mail address, as the history and the audit trail name people. */
    private static String author() {
        Optional<Actor> actor = CurrentActor.get();
        if (actor.isPresent()) {
            return actor.get().email();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "onbekend" : auth.getName();
    }

    /** A rate value as a small JSON document for the audit trail's before and after. */
    private static final class RateJson {

        private RateJson() {
        }

        static String of(RateValue v, Long record, long version) {
            return "{" + field("parameter", v.key().parameter()) + "," + field("category", v.key().category()) + ","
                    + field("effective_from", v.effectiveFrom().toString()) + ","
                    + field("effective_until", v.effectiveUntil().toString()) + ",\"value\":"
                    + v.value().toPlainString() + "," + field("status", v.status().code()) + ","
                    + field("source_title", v.source().title()) + "," + field("source_url", v.source().url()) + ","
                    + field("checked_on", v.checkedOn().toString()) + ","
                    + (record == null ? "" : "\"record\":" + record + ",") + "\"version\":" + version + "}";
        }

        private static String field(String name, String value) {
            return JsonText.quote(name) + ":" + JsonText.quote(value);
        }
    }
}
