package eu.ondernemerscheck.domain.rules;

/** The country whose tax rules a scheme follows; clients see only their own country's schemes. */
public enum Country {
    NL, BE
}
