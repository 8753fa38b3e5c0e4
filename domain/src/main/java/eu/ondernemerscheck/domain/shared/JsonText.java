package eu.ondernemerscheck.domain.shared;

/**
 * A text as a JSON string literal (RFC 8259 §7), for the small JSON documents the audit trail keeps as before and
 * after. Quotes and backslashes are escaped, control characters written as {@code \\u00XX}.
 */
public final class JsonText {

    private JsonText() {
    }

    /** {@code text} between double quotes, escaped. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
