package eu.ondernemerscheck.adapter.web.accounts;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The application's own address that links in e-mails start with: {@code ondernemerscheck.public-url} when set (it
 * should be, behind a proxy), otherwise the address the signed-in member of staff is using now.
 */
public final class PublicAddress {

    private PublicAddress() {
    }

    public static String linkBase(String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        VaadinServletRequest current = com.vaadin.flow.server.VaadinRequest.getCurrent() instanceof VaadinServletRequest r ? r
                : null;
        if (current == null) {
            return "http://localhost:8080/";
        }
        HttpServletRequest http = current.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + "/";
    }

    /** The network address of the current request, for throttling. */
    public static String remoteAddress() {
        return com.vaadin.flow.server.VaadinRequest.getCurrent() instanceof VaadinServletRequest r ? r.getRemoteAddr() : "unknown";
    }
}
