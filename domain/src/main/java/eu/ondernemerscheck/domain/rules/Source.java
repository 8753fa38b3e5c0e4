package eu.ondernemerscheck.domain.rules;

import java.util.Objects;

/** Where a rate value was read: the page title as shown, and its web address (may be empty for a legal text). */
public record Source(String title, String url) {
    public Source {
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url;
    }

    /** Title followed by the address, as shown in explanations. */
    public String citation() {
        return url.isEmpty() ? title : title + " (" + url + ")";
    }
}
