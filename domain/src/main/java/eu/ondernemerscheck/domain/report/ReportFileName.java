package eu.ondernemerscheck.domain.report;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The file name a report is downloaded under, {@code rapport-<firm>-<client id>-<year>.pdf}: the firm part is its name
 * reduced to lower-case letters, digits and hyphens, so no typed character reaches a header or a file system (ASVS
 * 5.4.1), and the firm in the name keeps two firms' client 42 apart (security.md finding 8).
 */
public final class ReportFileName {

    private static final int MAX_SLUG = 40;

    private ReportFileName() {
    }

    public static String of(String firmName, long clientId, int year) {
        return "rapport-" + slug(firmName) + "-" + clientId + "-" + year + ".pdf";
    }

    public static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_SLUG) {
            plain = plain.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "kantoor" : plain;
    }
}
