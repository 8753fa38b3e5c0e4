package eu.ondernemerscheck.domain.portfolio;

/**
 * How a client stands for VAT: charging VAT as usual, in the Dutch small-business scheme (KOR, tax-rules.md §2), in the
 * Belgian small-enterprise exemption (art. 56bis/56ter, §3), or not yet known. The signals read it to say what
 * joining or leaving a scheme would mean.
 */
public enum VatPosition {
    UNKNOWN, REGULAR, KOR, EXEMPT
}
