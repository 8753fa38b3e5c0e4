package eu.ondernemerscheck.domain.rules;

import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules a new or corrected rate value must meet before it may become a draft, and again before the draft is
 * published. Each broken rule is one message in plain Dutch, named by the form field it is about, so the form can show
 * every problem at once beside the field and keep what was typed. The database refuses the same (platform migration
 * V8), so these rules are the friendly first line, not the only one.
 */
public final class RateChangeRules {

    /** The first day the product computes for (the oldest shipped tables are 2015's, tax-rules.md §1). */
    public static final LocalDate EARLIEST_EFFECTIVE_FROM = LocalDate.of(2015, 1, 1);
    /** No law reaches further ahead than this; a later date is a typing error. */
    public static final int YEARS_AHEAD = 5;

    public static final String VALUE = "value";
    public static final String EFFECTIVE_FROM = "effectiveFrom";
    public static final String EFFECTIVE_UNTIL = "effectiveUntil";
    public static final String SOURCE_TITLE = "sourceTitle";
    public static final String SOURCE_URL = "sourceUrl";
    public static final String CHECKED_ON = "checkedOn";
    public static final String PARAMETER = "parameter";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));
    private static final List<String> EDGE_NAMES = List.of("de ondergrens", "de grens van de eerste schijf",
            "de grens van de tweede schijf", "de bovengrens");

    private RateChangeRules() {
    }

    /**
     * @param proposed  the value as the administrator wants it
     * @param replaced  the live value it corrects, if it is a correction
     * @param published the rates in force now (the replaced value among them)
     * @param today     the administrator's today
     * @return every broken rule; empty when the value may be saved
     */
    public static List<FieldError> check(RateValue proposed, Optional<RateValue> replaced, RateBook published,
                                         LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Optional<RateKind> kind = RateParameters.kind(proposed.key().parameter());
        if (kind.isEmpty()) {
            errors.add(new FieldError(PARAMETER, "Deze parameter kent de rekenkern niet."));
        } else {
            valueFitsKind(proposed.value(), kind.get()).ifPresent(m -> errors.add(new FieldError(VALUE, m)));
        }
        LocalDate latest = today.plusYears(YEARS_AHEAD);
        boolean keepsDate = replaced.map(r -> r.effectiveFrom().equals(proposed.effectiveFrom())).orElse(false);
        if (!keepsDate && (proposed.effectiveFrom().isBefore(EARLIEST_EFFECTIVE_FROM)
                || proposed.effectiveFrom().isAfter(latest))) {
            errors.add(new FieldError(EFFECTIVE_FROM, "De ingangsdatum moet tussen " + day(EARLIEST_EFFECTIVE_FROM)
                    + " en " + day(latest) + " liggen."));
        }
        if (proposed.checkedOn().isAfter(today)) {
            errors.add(new FieldError(CHECKED_ON, "De controledatum kan niet in de toekomst liggen."));
        }
        if (proposed.status() == RateStatus.CONFIRMED && proposed.source().title().isBlank()) {
            errors.add(new FieldError(SOURCE_TITLE, "Een bevestigde waarde heeft een bron nodig: vul de titel van de"
                    + " bron in."));
        }
        String url = proposed.source().url();
        if (!url.isEmpty() && !(url.startsWith("https://") || url.startsWith("http://"))) {
            errors.add(new FieldError(SOURCE_URL, "Het adres van de bron begint met https://."));
        }
        List<RateValue> others = new ArrayList<>(published.series(proposed.key()));
        replaced.ifPresent(others::remove);
        for (RateValue other : others) {
            if (overlap(other, proposed)) {
                errors.add(new FieldError(EFFECTIVE_FROM, "Voor deze parameter geldt al een waarde van "
                        + day(other.effectiveFrom()) + " tot en met " + day(other.effectiveUntil())
                        + ". Corrigeer die waarde, of kies een periode die daar niet mee overlapt."));
                break;
            }
        }
        kiaBandsIncrease(proposed, published).ifPresent(m -> errors.add(new FieldError(VALUE, m)));
        return errors;
    }

    /** Why a value does not fit its parameter's kind, if it does not. */
    public static Optional<String> valueFitsKind(BigDecimal value, RateKind kind) {
        return switch (kind) {
            case FRACTION -> value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0
                    ? Optional.of("Een fractie ligt tussen 0 en 1: schrijf 28% als 0,28.") : Optional.empty();
            case AMOUNT -> value.signum() < 0
                    ? Optional.of("Een bedrag kan niet negatief zijn.") : Optional.empty();
            case QUANTITY -> value.signum() < 0
                    ? Optional.of("Dit getal kan niet negatief zijn.") : Optional.empty();
            case FLAG -> value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0
                    ? Optional.of("Vul 0 (nee) of 1 (ja) in.") : Optional.empty();
        };
    }

    /** The band edges just below and above the proposed one must stay below and above it on every shared day. */
    private static Optional<String> kiaBandsIncrease(RateValue proposed, RateBook published) {
        int at = RateParameters.KIA_BAND_EDGES.indexOf(proposed.key().parameter());
        if (at < 0) {
            return Optional.empty();
        }
        if (at > 0) {
            RateKey below = RateKey.of(RateParameters.KIA_BAND_EDGES.get(at - 1), proposed.key().category());
            for (RateValue v : published.series(below)) {
                if (overlap(v, proposed) && v.value().compareTo(proposed.value()) >= 0) {
                    return Optional.of(bandMessage(at, proposed.value(), at - 1, v));
                }
            }
        }
        if (at < RateParameters.KIA_BAND_EDGES.size() - 1) {
            RateKey above = RateKey.of(RateParameters.KIA_BAND_EDGES.get(at + 1), proposed.key().category());
            for (RateValue v : published.series(above)) {
                if (overlap(v, proposed) && v.value().compareTo(proposed.value()) <= 0) {
                    return Optional.of(bandMessage(at, proposed.value(), at + 1, v));
                }
            }
        }
        return Optional.empty();
    }

    private static String bandMessage(int edge, BigDecimal value, int neighbour, RateValue other) {
        String lower = edge < neighbour ? EDGE_NAMES.get(edge) : EDGE_NAMES.get(neighbour);
        String higher = edge < neighbour ? EDGE_NAMES.get(neighbour) : EDGE_NAMES.get(edge);
        return "De KIA-schijven moeten oplopen: " + lower + " moet lager zijn dan " + higher + ". Hier staat "
                + EDGE_NAMES.get(edge) + " op " + MoneyFormat.number(value) + " en " + EDGE_NAMES.get(neighbour)
                + " op " + MoneyFormat.number(other.value()) + " (vanaf " + day(other.effectiveFrom()) + ").";
    }

    private static boolean overlap(RateValue a, RateValue b) {
        return !a.effectiveFrom().isAfter(b.effectiveUntil()) && !b.effectiveFrom().isAfter(a.effectiveUntil());
    }

    private static String day(LocalDate date) {
        return date.format(DAY);
    }
}
