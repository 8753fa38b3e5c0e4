package eu.ondernemerscheck.domain.rules;

/** The kinds of input a scheme asks for, as the API receives them and the screens ask for them. */
public enum InputType {
    /** Euros, a JSON number, never negative. */
    MONEY,
    /** A plain decimal number, such as kilometres or grams CO2 per km. */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** A calendar year. */
    YEAR,
    /** A fraction between 0 and 1 inclusive (0.21, not 21). */
    FRACTION,
    BOOLEAN,
    /** An ISO date, {@code YYYY-MM-DD}. */
    DATE,
    /** A month, {@code YYYY-MM}. */
    MONTH,
    /** A month ({@code YYYY-MM}, read as its first day) or a date. */
    MONTH_OR_DATE,
    /** One of the listed options. */
    CHOICE,
    /** Free text, such as a description. */
    TEXT,
    /** A list of fractions, such as partners' profit shares. */
    FRACTION_LIST,
    /** A list of objects, each with the item fields of the input. */
    OBJECT_LIST
}
