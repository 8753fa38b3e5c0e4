package eu.ondernemerscheck.domain.portfolio;

import eu.ondernemerscheck.domain.catalogue.SchemeCatalogue;
import eu.ondernemerscheck.domain.rules.Country;
import eu.ondernemerscheck.domain.rules.MissingRateException;
import eu.ondernemerscheck.domain.rules.Outcome;
import eu.ondernemerscheck.domain.rules.OutputField;
import eu.ondernemerscheck.domain.rules.SchemeDefinition;
import eu.ondernemerscheck.domain.rules.RateBook;
import eu.ondernemerscheck.domain.rules.RateKey;
import eu.ondernemerscheck.domain.rules.RateStatus;
import eu.ondernemerscheck.domain.rules.RateValue;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import eu.ondernemerscheck.domain.shared.MoneyFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Looks at one client's year as an accountant would: the overview figures of the portfolio and the signals, each with
 * the euro value at stake. Pure: the year's outcomes come from the engine on one rate book, "today" is given.
 *
 * <p>What "at stake" means per kind (the euro value is what the accountant can win or avoid, not a tax bill):
 * <ul>
 * <li>turnover near the KOR or exemption threshold: the VAT on the counted turnover at the standard rate, i.e. what
 * leaving costs or joining saves in a year (before input VAT, which the facts do not hold);</li>
 * <li>KIA just under the lower bound: the KIA that reaching the bound gives; just above the end of the 28% band: 28%
 * of the part above it, which earns nothing this year; just into the phase-out: the KIA the part above it loses;</li>
 * <li>a sale inside the 5-year window: the desinvesteringsbijtelling;</li>
 * <li>a deadline: the VAT at stake in the scheme the notice is for;</li>
 * <li>a car order near a cap date: the difference in deductible car costs of that year;</li>
 * <li>provisional rates: the largest figure computed with them.</li>
 * </ul>
 * "Near" is within 10% of the threshold or band edge (25% under the KIA lower bound, which is small); a deadline is
 * signalled from 90 days before it. These margins are product choices, not law.
 */
public final class YearReview {

    static final BigDecimal NEAR = new BigDecimal("0.10");
    static final BigDecimal NEAR_KIA_LOWER = new BigDecimal("0.25");
    static final int DEADLINE_DAYS = 90;
    static final int CAR_ORDER_DAYS = 90;
    /**
     * Order dates on which a car's deductibility changes (tax-rules.md §5.2): fossil cars from 1 July 2023 and 1 January
     * 2026, zero-emission cars from 1 January 2027 on each year to 2031.
     */
    static final List<LocalDate> CAR_CAP_DATES = List.of(LocalDate.of(2023, 7, 1), LocalDate.of(2026, 1, 1),
            LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1), LocalDate.of(2029, 1, 1), LocalDate.of(2030, 1, 1),
            LocalDate.of(2031, 1, 1));

    private static final String NL_KOR = "nl-kor";
    private static final String NL_KOR_REGISTRATION = "nl-kor-registration";
    private static final String NL_KIA = "nl-kia";
    private static final String NL_DISINVESTMENT = "nl-kia-disinvestment";
    private static final String BE_EXEMPTION = "be-vat-exemption";
    private static final String BE_SWITCH = "be-vat-exemption-switch";
    private static final String BE_CAR_BENEFIT = "be-company-car-benefit";
    private static final String BE_CAR_DEDUCTION = "be-car-deductibility";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private final SchemeCatalogue catalogue;
    private final YearResults engine;

    public YearReview(SchemeCatalogue catalogue) {
        this.catalogue = catalogue;
        this.engine = new YearResults(catalogue);
    }

    public YearOverview review(ClientProfile profile, YearFacts facts, RateBook book, LocalDate today) {
        return review(profile, facts, book, today, Map.of());
    }

    /**
     * As {@link #review(ClientProfile, YearFacts, RateBook, LocalDate)}, with the outcomes of schemes already computed
     * from these facts on this book ({@link YearResults#computeYear}); the others are computed here.
     */
    public YearOverview review(ClientProfile profile, YearFacts facts, RateBook book, LocalDate today,
                               Map<String, Outcome> computed) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (String scheme : facts.answers().keySet()) {
            Outcome known = computed.get(scheme);
            if (known != null) {
                outcomes.put(scheme, known);
            } else {
                outcome(scheme, facts, book).ifPresent(o -> outcomes.put(scheme, o));
            }
        }
        List<Signal> signals = new ArrayList<>();
        Context ctx = new Context(profile, facts, book, today, outcomes, signals);
        if (profile.country() == Country.NL) {
            korThreshold(ctx);
            kia(ctx);
            disinvestment(ctx);
            korDeadline(ctx);
        } else {
            exemptionThreshold(ctx);
            exemptionDeadline(ctx);
            carOrder(ctx);
        }
        provisional(ctx);
        Boolean fit = null;
        String fitText = "";
        Outcome fitOutcome = outcomes.get(profile.country() == Country.NL ? NL_KOR : BE_EXEMPTION);
        if (fitOutcome != null && fitOutcome.output("eligible") instanceof Boolean b) {
            fit = b;
            fitText = profile.country() == Country.NL ? (b ? "KOR mogelijk" : "KOR niet mogelijk")
                    : (b ? "Vrijstelling mogelijk" : "Vrijstelling niet mogelijk");
        }
        return new YearOverview(profile.clientId(), facts.year(), fit, fitText, money(outcomes.get(NL_KIA), "kia_eur"),
                money(outcomes.get(BE_CAR_BENEFIT), "vaa_eur"),
                money(outcomes.get(BE_CAR_DEDUCTION), "deductible_costs_eur"),
                outcomes.values().stream().anyMatch(o -> o.status() == RateStatus.PROVISIONAL), signals);
    }

    private record Context(ClientProfile profile, YearFacts facts, RateBook book, LocalDate today,
                           Map<String, Outcome> outcomes, List<Signal> signals) {
        void add(SignalKind kind, String scheme, String field, BigDecimal euro, LocalDate due, String message) {
            signals.add(new Signal(profile.clientId(), facts.year(), kind, scheme, field,
                    euro.setScale(2, RoundingMode.HALF_UP), due, message));
        }

        Optional<BigDecimal> rate(String key) {
            return book.find(RateKey.of(key), LocalDate.of(facts.year(), 1, 1)).map(RateValue::value);
        }

        boolean current() {
            return facts.year() >= today.getYear();
        }
    }

    private void korThreshold(Context ctx) {
        threshold(ctx, NL_KOR, "nl.vat.standard_rate", SignalKind.KOR_THRESHOLD, "KOR-grens", "de KOR",
                ctx.profile().vatPosition() == VatPosition.KOR);
    }

    private void exemptionThreshold(Context ctx) {
        threshold(ctx, BE_EXEMPTION, "be.vat.standard_rate", SignalKind.BE_EXEMPTION_THRESHOLD, "vrijstellingsgrens",
                "de vrijstellingsregeling", ctx.profile().vatPosition() == VatPosition.EXEMPT);
    }

    private void threshold(Context ctx, String scheme, String vatRateKey, SignalKind kind, String thresholdName,
                           String schemeName, boolean inScheme) {
        Outcome o = ctx.outcomes().get(scheme);
        Optional<BigDecimal> vat = ctx.rate(vatRateKey);
        if (o == null || vat.isEmpty() || !(o.output("counted_turnover_eur") instanceof BigDecimal turnover)
                || !(o.output("threshold_eur") instanceof BigDecimal limit)) {
            return;
        }
        BigDecimal distance = turnover.subtract(limit);
        if (distance.abs().compareTo(limit.multiply(NEAR)) > 0 || turnover.signum() == 0) {
            return;
        }
        BigDecimal euro = turnover.multiply(vat.get());
        String message;
        if (distance.signum() <= 0) {
            message = "Omzet " + MoneyFormat.display(turnover) + ", " + MoneyFormat.display(distance.negate())
                    + " onder de " + thresholdName + " van " + MoneyFormat.display(limit) + ". "
                    + (inScheme ? "Gaat de omzet erover, dan vervalt " + schemeName + " en is ongeveer "
                    + money(euro) + " btw per jaar verschuldigd."
                    : "Meedoen met " + schemeName + " scheelt ongeveer " + money(euro) + " btw per jaar "
                    + "(voor aftrek van voorbelasting).");
        } else {
            message = "Omzet " + MoneyFormat.display(turnover) + ", " + MoneyFormat.display(distance)
                    + " boven de " + thresholdName + " van " + MoneyFormat.display(limit) + ". "
                    + (inScheme ? schemeName.substring(0, 1).toUpperCase(Locale.ROOT) + schemeName.substring(1)
                    + " vervalt vanaf de levering die de grens overschrijdt: ongeveer " + money(euro)
                    + " btw per jaar." : "Onder de grens blijven zou " + schemeName + " mogelijk maken: ongeveer "
                    + money(euro) + " btw per jaar.");
        }
        ctx.add(kind, scheme, "taxable_turnover_eur", euro, null, message);
    }

    private void kia(Context ctx) {
        Outcome o = ctx.outcomes().get(NL_KIA);
        if (o == null || !(o.output("qualifying_total_eur") instanceof BigDecimal total) || total.signum() == 0) {
            return;
        }
        Optional<BigDecimal> lower = ctx.rate("nl.kia.lower");
        Optional<BigDecimal> band1 = ctx.rate("nl.kia.band1_top");
        Optional<BigDecimal> band2 = ctx.rate("nl.kia.band2_top");
        Optional<BigDecimal> rate = ctx.rate("nl.kia.rate");
        Optional<BigDecimal> phaseOut = ctx.rate("nl.kia.phase_out_rate");
        if (lower.isEmpty() || band1.isEmpty() || band2.isEmpty() || rate.isEmpty() || phaseOut.isEmpty()) {
            return;
        }
        String field = ctx.facts().answers(NL_KIA).containsKey("assets") ? "assets" : "investment_total_eur";
        // "more than A": the lower bound itself gives no KIA (tax-rules.md §1.1), one cent above it does
        BigDecimal justAbove = lower.get().add(new BigDecimal("0.01"));
        if (total.compareTo(lower.get()) <= 0
                && lower.get().subtract(total).compareTo(lower.get().multiply(NEAR_KIA_LOWER)) <= 0) {
            BigDecimal euro = justAbove.multiply(rate.get());
            ctx.add(SignalKind.KIA_BELOW_LOWER, NL_KIA, field, euro, LocalDate.of(ctx.facts().year(), 12, 31),
                    "Investeringen " + MoneyFormat.display(total) + ", net onder de KIA-ondergrens van "
                            + MoneyFormat.display(lower.get()) + ". Nog " + MoneyFormat.display(justAbove.subtract(total))
                            + " investeren in " + ctx.facts().year() + " geeft " + money(euro) + " KIA.");
            return;
        }
        BigDecimal above1 = total.subtract(band1.get());
        if (above1.signum() > 0 && above1.compareTo(band1.get().multiply(NEAR)) <= 0) {
            BigDecimal euro = above1.multiply(rate.get());
            ctx.add(SignalKind.KIA_BAND_EDGE, NL_KIA, field, euro, LocalDate.of(ctx.facts().year(), 12, 31),
                    "Investeringen " + MoneyFormat.display(total) + ", " + MoneyFormat.display(above1)
                            + " boven de 28%-schijf (tot " + MoneyFormat.display(band1.get()) + "). Dat deel geeft dit "
                            + "jaar geen extra KIA; in een volgend jaar kan het tot " + money(euro) + " opleveren.");
            return;
        }
        BigDecimal above2 = total.subtract(band2.get());
        if (above2.signum() > 0 && above2.compareTo(band2.get().multiply(NEAR)) <= 0) {
            BigDecimal euro = above2.multiply(phaseOut.get());
            ctx.add(SignalKind.KIA_BAND_EDGE, NL_KIA, field, euro, LocalDate.of(ctx.facts().year(), 12, 31),
                    "Investeringen " + MoneyFormat.display(total) + ", " + MoneyFormat.display(above2)
                            + " in de afbouw (boven " + MoneyFormat.display(band2.get()) + "). Dat deel kost "
                            + money(euro) + " KIA; uitstellen naar een volgend jaar voorkomt dat.");
        }
    }

    private void disinvestment(Context ctx) {
        Outcome o = ctx.outcomes().get(NL_DISINVESTMENT);
        if (o == null || !Boolean.TRUE.equals(o.output("within_five_years"))
                || !(o.output("bijtelling_eur") instanceof BigDecimal bijtelling) || bijtelling.signum() <= 0) {
            return;
        }
        Object investmentYear = ctx.facts().answers(NL_DISINVESTMENT).get("investment_year");
        int windowEnds = investmentYear instanceof Number n ? n.intValue() + 5 : ctx.facts().year() + 1;
        LocalDate free = LocalDate.of(windowEnds, 1, 1);
        ctx.add(SignalKind.DISINVESTMENT_WINDOW, NL_DISINVESTMENT, "sale_date", bijtelling, free.minusDays(1),
                "Verkoop binnen 5 jaar na 1 januari van het investeringsjaar: desinvesteringsbijtelling "
                        + money(bijtelling) + ". Een verkoop vanaf " + DAY.format(free) + " geeft die niet.");
    }

    private void korDeadline(Context ctx) {
        if (!ctx.current()) {
            return;
        }
        BigDecimal atStake = vatAtStake(ctx, NL_KOR, "nl.vat.standard_rate");
        Outcome registration = ctx.outcomes().get(NL_KOR_REGISTRATION);
        if (registration != null && registration.output("must_be_received_by") instanceof LocalDate due) {
            Object desired = ctx.facts().answers(NL_KOR_REGISTRATION).get("desired_date");
            long days = ChronoUnit.DAYS.between(ctx.today(), due);
            if (days >= 0 && days <= DEADLINE_DAYS) {
                ctx.add(SignalKind.KOR_REGISTRATION_DEADLINE, NL_KOR_REGISTRATION, "desired_date", atStake, due,
                        "De melding voor de KOR per " + day(desired) + " moet uiterlijk " + DAY.format(due)
                                + " binnen zijn bij de Belastingdienst (nog " + days + " dagen).");
            } else if (days < 0 && desired instanceof String s && LocalDate.parse(s).isAfter(ctx.today())) {
                ctx.add(SignalKind.KOR_REGISTRATION_DEADLINE, NL_KOR_REGISTRATION, "desired_date", atStake, due,
                        "De melding voor de KOR per " + day(desired) + " had uiterlijk " + DAY.format(due)
                                + " binnen moeten zijn; ze geldt nu pas vanaf het volgende aangiftetijdvak.");
            }
            return;
        }
        Outcome kor = ctx.outcomes().get(NL_KOR);
        if (kor == null || ctx.profile().vatPosition() != VatPosition.REGULAR
                || !Boolean.TRUE.equals(kor.output("eligible")) || atStake.signum() == 0) {
            return;
        }
        LocalDate quarter = nextQuarter(ctx.today());
        for (int i = 0; i < 2; i++, quarter = quarter.plusMonths(3)) {
            Map<String, Object> asked = Map.of("desired_date", quarter.toString(), "return_period", "quarter");
            Optional<Outcome> o = outcome(NL_KOR_REGISTRATION, ctx.facts().with(NL_KOR_REGISTRATION, asked),
                    ctx.book());
            if (o.isPresent() && o.get().output("must_be_received_by") instanceof LocalDate due
                    && !due.isBefore(ctx.today())) {
                long days = ChronoUnit.DAYS.between(ctx.today(), due);
                if (days <= DEADLINE_DAYS) {
                    ctx.add(SignalKind.KOR_REGISTRATION_DEADLINE, NL_KOR, "taxable_turnover_eur", atStake, due,
                            "De omzet past in de KOR. Meedoen per " + DAY.format(quarter) + ": de melding moet "
                                    + "uiterlijk " + DAY.format(due) + " binnen zijn (nog " + days + " dagen); "
                                    + "ongeveer " + money(atStake) + " btw per jaar.");
                }
                return;
            }
        }
    }

    private void exemptionDeadline(Context ctx) {
        if (!ctx.current()) {
            return;
        }
        BigDecimal atStake = vatAtStake(ctx, BE_EXEMPTION, "be.vat.standard_rate");
        Outcome exemption = ctx.outcomes().get(BE_EXEMPTION);
        boolean planned = ctx.facts().answers().containsKey(BE_SWITCH);
        if (!planned && (exemption == null || ctx.profile().vatPosition() != VatPosition.REGULAR
                || !Boolean.TRUE.equals(exemption.output("eligible")) || atStake.signum() == 0)) {
            return;
        }
        // filed today, the engine names the first possible switch date; the form must be in before the 15th of
        // the month before it (tax-rules.md §3.2, Liantis)
        Map<String, Object> asked = Map.of("form_filed_on", ctx.today().toString());
        Optional<Outcome> o = outcome(BE_SWITCH, ctx.facts().with(BE_SWITCH, asked), ctx.book());
        if (o.isEmpty() || !(o.get().output("switch_date") instanceof LocalDate switchDate)) {
            return;
        }
        LocalDate before = switchDate.minusMonths(1).withDayOfMonth(15);
        LocalDate due = before.minusDays(1);
        long days = ChronoUnit.DAYS.between(ctx.today(), due);
        if (days <= DEADLINE_DAYS) {
            ctx.add(SignalKind.BE_SWITCH_DEADLINE, planned ? BE_SWITCH : BE_EXEMPTION,
                    planned ? "form_filed_on" : "taxable_turnover_eur", atStake, due,
                    "Overstap naar de vrijstellingsregeling per " + DAY.format(switchDate) + ": formulier e604B "
                            + "indienen vóór " + DAY.format(before) + " (nog " + (days + 1) + " dagen); ongeveer "
                            + money(atStake) + " btw per jaar.");
        }
    }

    private void carOrder(Context ctx) {
        Map<String, Object> car = ctx.facts().answers(BE_CAR_DEDUCTION);
        Outcome o = ctx.outcomes().get(BE_CAR_DEDUCTION);
        if (o == null || !(car.get("order_date") instanceof String orderText)) {
            return;
        }
        LocalDate order = orderText.length() == 7 ? LocalDate.parse(orderText + "-01") : LocalDate.parse(orderText);
        for (LocalDate cap : CAR_CAP_DATES) {
            if (!ctx.today().isBefore(cap) || Math.abs(ChronoUnit.DAYS.between(order, cap)) > CAR_ORDER_DAYS) {
                continue;
            }
            // compared in the first year both orders can exist, so neither order lies after the year computed
            int year = Math.max(ctx.facts().year(), cap.getYear());
            BigDecimal before = deductible(ctx, car, cap.minusDays(1), year);
            BigDecimal after = deductible(ctx, car, cap, year);
            if (before == null || after == null || before.compareTo(after) == 0) {
                continue;
            }
            BigDecimal euro = before.subtract(after).abs();
            boolean earlierIsBetter = before.compareTo(after) > 0;
            String message = order.isBefore(cap)
                    ? (earlierIsBetter ? "Bestelling op " + DAY.format(order) + ", vlak vóór " + DAY.format(cap)
                    + ": laat de bestelbon zeker vóór die datum tekenen; erna is " + money(euro)
                    + " per jaar minder aftrekbaar." : "Bestellen vanaf " + DAY.format(cap) + " maakt " + money(euro)
                    + " per jaar meer aftrekbaar.")
                    : (earlierIsBetter ? "Bestellen vóór " + DAY.format(cap) + " in plaats van op "
                    + DAY.format(order) + " maakt " + money(euro) + " per jaar meer aftrekbaar."
                    : "De bestelling na " + DAY.format(cap) + " levert " + money(euro) + " per jaar meer aftrek op.");
            ctx.add(SignalKind.CAR_ORDER_CAP_DATE, BE_CAR_DEDUCTION, "order_date", euro, cap.minusDays(1), message);
            return;
        }
    }

    private BigDecimal deductible(Context ctx, Map<String, Object> car, LocalDate order, int year) {
        Map<String, Object> moved = new LinkedHashMap<>(car);
        moved.put("order_date", order.toString());
        moved.remove("acquisition_date");
        return outcome(BE_CAR_DEDUCTION, ctx.facts().forYear(year).with(BE_CAR_DEDUCTION, moved), ctx.book())
                .map(o -> o.output("deductible_costs_eur") instanceof BigDecimal d ? d : null).orElse(null);
    }

    private void provisional(Context ctx) {
        BigDecimal largest = null;
        List<String> titles = new ArrayList<>();
        String scheme = "";
        for (Map.Entry<String, Outcome> e : ctx.outcomes().entrySet()) {
            if (e.getValue().status() != RateStatus.PROVISIONAL) {
                continue;
            }
            titles.add(catalogue.find(e.getKey()).map(s -> s.definition().title()).orElse(e.getKey()));
            BigDecimal figure = catalogue.find(e.getKey()).map(s -> moneyFigure(s.definition(), e.getValue()))
                    .orElse(BigDecimal.ZERO);
            if (largest == null || figure.abs().compareTo(largest) > 0) {
                largest = figure.abs();
                scheme = e.getKey();
            }
        }
        if (largest != null) {
            ctx.add(SignalKind.PROVISIONAL_RATES, scheme, "", largest, null, "Berekend met voorlopige tarieven: "
                    + String.join(", ", titles) + ". De uitkomst kan nog veranderen.");
        }
    }

    /** The primary output when it is an amount, else the scheme's last amount (the car's deductible costs, say). */
    private static BigDecimal moneyFigure(SchemeDefinition definition, Outcome outcome) {
        BigDecimal figure = BigDecimal.ZERO;
        for (OutputField output : definition.outputs()) {
            if (output.kind() == OutputField.Kind.MONEY && outcome.output(output.name()) instanceof BigDecimal d) {
                figure = d;
                if (output.name().equals(definition.primaryOutput())) {
                    return d;
                }
            }
        }
        return figure;
    }

    private BigDecimal vatAtStake(Context ctx, String scheme, String rateKey) {
        Outcome o = ctx.outcomes().get(scheme);
        Optional<BigDecimal> vat = ctx.rate(rateKey);
        if (o == null || vat.isEmpty() || !(o.output("counted_turnover_eur") instanceof BigDecimal turnover)) {
            return BigDecimal.ZERO;
        }
        return turnover.multiply(vat.get()).setScale(2, RoundingMode.HALF_UP);
    }

    private Optional<Outcome> outcome(String scheme, YearFacts facts, RateBook book) {
        if (catalogue.find(scheme).isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(engine.outcome(scheme, facts, book));
        } catch (MissingRateException | InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static LocalDate nextQuarter(LocalDate today) {
        LocalDate start = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
        return start.plusMonths(3);
    }

    private static BigDecimal money(Outcome o, String output) {
        return o != null && o.output(output) instanceof BigDecimal d ? d : null;
    }

    private static String money(BigDecimal amount) {
        return MoneyFormat.display(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static String day(Object isoDate) {
        try {
            return isoDate instanceof String s ? DAY.format(LocalDate.parse(s)) : String.valueOf(isoDate);
        } catch (RuntimeException e) {
            return String.valueOf(isoDate);
        }
    }
}
