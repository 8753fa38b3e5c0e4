package eu.ondernemerscheck.application.selfcheck.service;

import eu.ondernemerscheck.application.rates.port.in.CalculateCommand;
import eu.ondernemerscheck.application.rates.port.in.CalculateUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsCommand;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.ListLeadsUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheck;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheckQuestionnaireUseCase;
import eu.ondernemerscheck.application.selfcheck.port.in.QuickCheckScheme;
import eu.ondernemerscheck.application.selfcheck.port.out.LoadCheckFirmPort;
import eu.ondernemerscheck.application.selfcheck.port.out.LoadLeadsPort;
import eu.ondernemerscheck.application.selfcheck.port.out.SaveLeadPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.leads.FigureText;
import eu.ondernemerscheck.domain.leads.Lead;
import eu.ondernemerscheck.domain.leads.LeadAnswer;
import eu.ondernemerscheck.domain.leads.LeadFigure;
import eu.ondernemerscheck.domain.leads.LeadRefusedException;
import eu.ondernemerscheck.domain.rules.InputField;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.OutputField;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Leads of the quick check. Leaving contact details is the one anonymous action that writes into a firm: the firm is
 * resolved here on the server from the public id of the check link, the answers are checked against the quick check's
 * questions, the figures are recomputed from those answers (never taken from the caller), the number of leads per
 * address is limited, and only then is the firm's tenant context entered for the write.
 */
@Service
class LeadService implements LeaveContactDetailsUseCase, ListLeadsUseCase {

    private static final long WINDOW_NANOS = TimeUnit.HOURS.toNanos(1);
    private static final int SWEEP_ABOVE = 10_000;
    private static final int LIST_LIMIT = 500;

    private final LoadCheckFirmPort firms;
    private final QuickCheckQuestionnaireUseCase questionnaire;
    private final CalculateUseCase calculations;
    private final SaveLeadPort save;
    private final LoadLeadsPort load;
    private final int perAddressPerHour;
    private final ConcurrentHashMap<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    LeadService(LoadCheckFirmPort firms, QuickCheckQuestionnaireUseCase questionnaire, CalculateUseCase calculations,
                SaveLeadPort save, LoadLeadsPort load,
                @Value("${ondernemerscheck.leads.per-address-per-hour:5}") int perAddressPerHour) {
        this.firms = firms;
        this.questionnaire = questionnaire;
        this.calculations = calculations;
        this.save = save;
        this.load = load;
        this.perAddressPerHour = perAddressPerHour;
    }

    /**
     * Not transactional on purpose: the transaction must start inside the firm's tenant context (in the persistence
     * adapter), because the database session takes its schema from the context when it opens.
     */
    @Override
    @PreAuthorize("permitAll()")
    public Lead leaveContactDetails(LeaveContactDetailsCommand command) {
        Firm firm = firms.findByPublicId(command.firmPublicId())
                .orElseThrow(() -> new LeadRefusedException("Deze link is niet geldig; uw gegevens zijn niet "
                        + "verstuurd."));
        QuickCheck check = questionnaire.quickCheck(command.country());
        if (command.year() != check.year() && command.year() != check.year() - 1) {
            throw new InvalidInputException("year", "De check is voor " + check.year() + "; laad de pagina opnieuw.");
        }
        List<LeadAnswer> answers = checkedAnswers(command, check);
        List<LeadFigure> figures = figures(command, check);
        if (!allow(command.clientAddress())) {
            throw new LeadRefusedException("Er zijn vanaf dit adres al meerdere aanvragen verstuurd. Probeer het over "
                    + "een uur opnieuw, of neem rechtstreeks contact op met het kantoor.");
        }
        Lead lead = new Lead(null, Instant.now(), command.name(), command.email(), command.phone(), command.message(),
                command.country(), command.year(), command.consentText(), answers, figures);
        try (TenantContext.Scope ignored = TenantContext.enter(firm.id())) {
            return save.saveNew(lead);
        }
    }

    private List<LeadAnswer> checkedAnswers(LeaveContactDetailsCommand command, QuickCheck check) {
        List<FieldError> errors = new ArrayList<>();
        List<LeadAnswer> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : command.answers().entrySet()) {
            QuickCheckScheme scheme = check.schemes().stream().filter(s -> s.id().equals(e.getKey())).findFirst()
                    .orElse(null);
            if (scheme == null) {
                errors.add(new FieldError("answers." + e.getKey(), "Deze regeling hoort niet bij de check."));
                continue;
            }
            for (Map.Entry<String, Object> a : e.getValue().entrySet()) {
                boolean asked = scheme.questions().stream().map(InputField::name).anyMatch(a.getKey()::equals);
                if (!asked) {
                    errors.add(new FieldError("answers." + e.getKey() + "." + a.getKey(), "Deze vraag hoort niet bij "
                            + "de check."));
                } else if (a.getValue() != null) {
                    out.add(new LeadAnswer(e.getKey(), a.getKey(), text(a.getValue())));
                }
            }
            if (errors.isEmpty()) {
                // a question left open is not an error here: the figure then says what is missing
                for (FieldError f : calculations.checkInputs(e.getKey(), e.getValue())) {
                    String path = f.field().substring("inputs".length());
                    if (e.getValue().get(inputName(path)) != null) {
                        errors.add(new FieldError("answers." + e.getKey() + path, f.message()));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return out;
    }

    /** {@code .assets[2].amount} names the input {@code assets}. */
    private static String inputName(String path) {
        String rest = path.startsWith(".") ? path.substring(1) : path;
        int end = rest.length();
        for (char c : new char[]{'.', '['}) {
            int at = rest.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end);
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private List<LeadFigure> figures(LeaveContactDetailsCommand command, QuickCheck check) {
        List<LeadFigure> out = new ArrayList<>();
        for (QuickCheckScheme scheme : check.schemes()) {
            Map<String, Object> given = command.answers().getOrDefault(scheme.id(), Map.of());
            OutputField primary = scheme.definition().outputs().stream()
                    .filter(o -> o.name().equals(scheme.definition().primaryOutput())).findFirst().orElse(null);
            String title = scheme.definition().title();
            try {
                Outcome outcome = calculations.calculate(new CalculateCommand(scheme.id(), command.year(), given));
                String label = primary == null ? "" : primary.label();
                String value = primary == null ? "" : FigureText.format(primary, outcome.output(primary.name()));
                out.add(new LeadFigure(scheme.id(), title, label, value, outcome.status().code(),
                        outcome.rateVersion()));
            } catch (InvalidInputException e) {
                out.add(new LeadFigure(scheme.id(), title, "Niet berekend", e.errors().stream()
                        .map(FieldError::message).distinct().collect(Collectors.joining(" ")), "", ""));
            } catch (MissingRateException e) {
                out.add(new LeadFigure(scheme.id(), title, "Niet berekend", e.getMessage(), "", ""));
            }
        }
        return out;
    }

    /** At most {@code perAddressPerHour} leads per address in any hour; forgets addresses that stayed away. */
    private boolean allow(String address) {
        long now = System.nanoTime();
        if (recent.size() > SWEEP_ABOVE) {
            recent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || now - times.peekLast() > WINDOW_NANOS;
                }
            });
        }
        Deque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > WINDOW_NANOS) {
                times.pollFirst();
            }
            if (times.size() >= perAddressPerHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public List<Lead> listLeads() {
        TenantContext.require();
        return load.loadLeads(LIST_LIMIT);
    }
}
