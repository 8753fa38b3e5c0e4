package eu.ondernemerscheck.domain.rules;

import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inputs of one calculation, checked against the scheme's {@link InputField}s: types, ranges, options, dates and
 * required fields, with every problem reported by its path at once. Left-out inputs take their default. The raw form
 * is what a JSON reader gives: maps, lists, strings, booleans and numbers.
 */
public final class SchemeInputs {

    /** No amount a small business meets comes near this; larger numbers are typing errors or probes. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final BigDecimal MAX_DECIMAL = new BigDecimal("1000000000000");
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2200;

    private final String path;
    private final Map<String, Object> values;
    private final Set<String> given;

    private SchemeInputs(String path, Map<String, Object> values, Set<String> given) {
        this.path = path;
        this.values = values;
        this.given = given;
    }

    /**
     * @param path how the inputs are named in error messages, {@code inputs} for the API
     * @throws InvalidInputException listing every invalid, unknown or missing input
     */
    public static SchemeInputs parse(String path, Map<String, ?> raw, List<InputField> fields) {
        List<FieldError> errors = new ArrayList<>();
        SchemeInputs parsed = parse(path, raw == null ? Map.of() : raw, fields, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return parsed;
    }

    private static SchemeInputs parse(String path, Map<String, ?> raw, List<InputField> fields,
                                      List<FieldError> errors) {
        Map<String, Object> values = new HashMap<>();
        Set<String> given = new java.util.HashSet<>();
        Map<String, InputField> byName = new HashMap<>();
        for (InputField f : fields) {
            byName.put(f.name(), f);
        }
        for (String name : raw.keySet()) {
            if (!byName.containsKey(name)) {
                errors.add(new FieldError(path + "." + name, "Onbekend veld; dit schema kent het niet."));
            }
        }
        for (InputField f : fields) {
            String fieldPath = path + "." + f.name();
            Object rawValue = raw.get(f.name());
            if (rawValue == null) {
                if (f.required()) {
                    errors.add(new FieldError(fieldPath, "Verplicht veld ontbreekt."));
                }
                values.put(f.name(), f.defaultValue());
                continue;
            }
            given.add(f.name());
            values.put(f.name(), convert(fieldPath, rawValue, f, errors));
        }
        return new SchemeInputs(path, values, Collections.unmodifiableSet(given));
    }

    private static Object convert(String fieldPath, Object raw, InputField f, List<FieldError> errors) {
        return switch (f.type()) {
            case MONEY -> number(fieldPath, raw, BigDecimal.ZERO, f.max() != null ? f.max() : MAX_AMOUNT, errors,
                    "een bedrag in euro");
            case DECIMAL -> number(fieldPath, raw, f.min() != null ? f.min() : BigDecimal.ZERO,
                    f.max() != null ? f.max() : MAX_DECIMAL, errors, "een getal");
            case INTEGER, YEAR -> integer(fieldPath, raw, f, errors);
            case FRACTION -> number(fieldPath, raw, f.min() != null ? f.min() : BigDecimal.ZERO,
                    f.max() != null ? f.max() : BigDecimal.ONE, errors, "een fractie tussen 0 en 1 (0,21 voor 21%)");
            case BOOLEAN -> {
                if (raw instanceof Boolean b) {
                    yield b;
                }
                errors.add(new FieldError(fieldPath, "Verwacht true of false."));
                yield null;
            }
            case DATE -> date(fieldPath, raw, errors);
            case MONTH -> month(fieldPath, raw, errors);
            case MONTH_OR_DATE -> raw instanceof String s && s.length() == 7 ? month(fieldPath, raw, errors)
                    : date(fieldPath, raw, errors);
            case CHOICE -> {
                if (raw instanceof String s && f.isChoiceOption(s)) {
                    yield s;
                }
                errors.add(new FieldError(fieldPath, "Onbekende waarde; kies uit "
                        + String.join(", ", f.options().stream().map(InputField.Option::value).toList()) + "."));
                yield null;
            }
            case TEXT -> {
                if (raw instanceof String s && s.length() <= 500) {
                    yield s;
                }
                errors.add(new FieldError(fieldPath, raw instanceof String ? "Tekst van hoogstens 500 tekens."
                        : "Verwacht tekst."));
                yield null;
            }
            case FRACTION_LIST -> {
                if (!(raw instanceof List<?> list) || list.isEmpty() || list.size() > 100) {
                    errors.add(new FieldError(fieldPath, "Verwacht een lijst van 1 tot 100 fracties."));
                    yield null;
                }
                List<BigDecimal> out = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    out.add(number(fieldPath + "[" + i + "]", list.get(i), BigDecimal.ZERO, BigDecimal.ONE, errors,
                            "een fractie tussen 0 en 1"));
                }
                yield out;
            }
            case OBJECT_LIST -> {
                if (!(raw instanceof List<?> list) || list.size() > 1000) {
                    errors.add(new FieldError(fieldPath, "Verwacht een lijst (hoogstens 1000 regels)."));
                    yield null;
                }
                List<SchemeInputs> out = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    String itemPath = fieldPath + "[" + i + "]";
                    if (list.get(i) instanceof Map<?, ?> m) {
                        @SuppressWarnings("unchecked")
                        Map<String, ?> item = (Map<String, ?>) m;
                        out.add(parse(itemPath, item, f.itemFields(), errors));
                    } else {
                        errors.add(new FieldError(itemPath, "Verwacht een object met velden."));
                    }
                }
                yield out;
            }
        };
    }

    private static BigDecimal number(String fieldPath, Object raw, BigDecimal min, BigDecimal max,
                                     List<FieldError> errors, String what) {
        BigDecimal n = toDecimal(raw);
        if (n == null) {
            errors.add(new FieldError(fieldPath, "Verwacht " + what + "."));
            return null;
        }
        if (n.compareTo(min) < 0) {
            errors.add(new FieldError(fieldPath, n.signum() < 0 && min.signum() >= 0
                    ? "Mag niet negatief zijn." : "Moet minstens " + min.toPlainString() + " zijn."));
            return null;
        }
        if (n.compareTo(max) > 0) {
            errors.add(new FieldError(fieldPath, "Onwaarschijnlijk groot; hoogstens " + max.toPlainString() + "."));
            return null;
        }
        return n;
    }

    private static Object integer(String fieldPath, Object raw, InputField f, List<FieldError> errors) {
        BigDecimal n = toDecimal(raw);
        BigDecimal min = f.min() != null ? f.min() : f.type() == InputType.YEAR ? BigDecimal.valueOf(MIN_YEAR)
                : BigDecimal.ZERO;
        BigDecimal max = f.max() != null ? f.max() : f.type() == InputType.YEAR ? BigDecimal.valueOf(MAX_YEAR)
                : BigDecimal.valueOf(10_000_000);
        if (n == null || n.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(fieldPath, f.type() == InputType.YEAR ? "Verwacht een jaartal."
                    : "Verwacht een geheel getal."));
            return null;
        }
        if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
            errors.add(new FieldError(fieldPath, "Moet tussen " + min.toPlainString() + " en " + max.toPlainString()
                    + " liggen."));
            return null;
        }
        return n.intValueExact();
    }

    private static BigDecimal toDecimal(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
            return BigDecimal.valueOf(((Number) raw).longValue());
        }
        if (raw instanceof BigInteger bi) {
            return new BigDecimal(bi);
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(raw.toString()) : null;
        }
        return null;
    }

    private static LocalDate date(String fieldPath, Object raw, List<FieldError> errors) {
        if (raw instanceof String s && s.length() == 10) {
            try {
                LocalDate d = LocalDate.parse(s);
                if (d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR) {
                    return d;
                }
                errors.add(new FieldError(fieldPath, "Datum buiten het bereik " + MIN_YEAR + "–" + MAX_YEAR + "."));
                return null;
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(fieldPath, "Deze datum bestaat niet: " + s + "."));
                return null;
            }
        }
        errors.add(new FieldError(fieldPath, "Verwacht een datum als JJJJ-MM-DD."));
        return null;
    }

    private static LocalDate month(String fieldPath, Object raw, List<FieldError> errors) {
        if (raw instanceof String s && s.length() == 7) {
            try {
                YearMonth m = YearMonth.parse(s);
                if (m.getYear() >= MIN_YEAR && m.getYear() <= MAX_YEAR) {
                    return m.atDay(1);
                }
                errors.add(new FieldError(fieldPath, "Maand buiten het bereik " + MIN_YEAR + "–" + MAX_YEAR + "."));
                return null;
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(fieldPath, "Deze maand bestaat niet: " + s + "."));
                return null;
            }
        }
        errors.add(new FieldError(fieldPath, "Verwacht een maand als JJJJ-MM."));
        return null;
    }

    /** The path of an input, for scheme-specific error messages: {@code inputs.sale_date}. */
    public String path(String name) {
        return path + "." + name;
    }

    /** The path of these inputs themselves, e.g. {@code inputs.assets[2]}. */
    public String path() {
        return path;
    }

    /** Whether the caller gave this input (rather than leaving it to its default). */
    public boolean has(String name) {
        return given.contains(name);
    }

    public BigDecimal decimal(String name) {
        return (BigDecimal) values.get(name);
    }

    /** A decimal input, with zero where it was left out and has no default. */
    public BigDecimal decimalOrZero(String name) {
        BigDecimal v = decimal(name);
        return v == null ? BigDecimal.ZERO : v;
    }

    public Integer integer(String name) {
        return (Integer) values.get(name);
    }

    public Boolean bool(String name) {
        return (Boolean) values.get(name);
    }

    /** A date input; for a month input this is its first day. */
    public LocalDate date(String name) {
        return (LocalDate) values.get(name);
    }

    /** A month input as its month. */
    public YearMonth month(String name) {
        LocalDate d = date(name);
        return d == null ? null : YearMonth.from(d);
    }

    public String text(String name) {
        return (String) values.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<BigDecimal> fractions(String name) {
        return (List<BigDecimal>) values.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<SchemeInputs> items(String name) {
        List<SchemeInputs> items = (List<SchemeInputs>) values.get(name);
        return items == null ? List.of() : items;
    }
}
