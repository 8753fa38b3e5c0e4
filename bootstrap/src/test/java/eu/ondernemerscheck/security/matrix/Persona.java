package eu.ondernemerscheck.security.matrix;

import eu.ondernemerscheck.adapter.web.security.SignedInForTest;
import eu.ondernemerscheck.domain.shared.FirmId;
import eu.ondernemerscheck.domain.shared.Role;
import eu.ondernemerscheck.support.TwoFirms;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.util.Optional;

/**
 * The six personas of the access matrix (security.md §4.3), signed in the way the application signs people in: a
 * {@code SignedInUser} principal with the password factor, the second factor and the role. The administrator is not
 * stored (the first-administrator setup test needs a platform without one); the others are accounts of the two-firm
 * fixture.
 */
enum Persona {
    ANONYMOUS("anonymous"),
    CLIENT_A1("client-A1"),
    CLIENT_A2("client-A2"),
    ACCOUNTANT_A("accountant-A"),
    ACCOUNTANT_B("accountant-B"),
    ADMIN("admin");

    /** The column of the persona in access-matrix.tsv. */
    final String column;

    Persona(String column) {
        this.column = column;
    }

    Authentication authentication(TwoFirms f) {
        return switch (this) {
            case ANONYMOUS -> new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            case CLIENT_A1 -> SignedInForTest.fullySignedIn(f.clientA1, f.email("klant-a1"), Role.CLIENT, f.a.id());
            case CLIENT_A2 -> SignedInForTest.fullySignedIn(f.clientA2, f.email("klant-a2"), Role.CLIENT, f.a.id());
            case ACCOUNTANT_A -> SignedInForTest.fullySignedIn(f.accountantA, f.email("accountant-a"), Role.ACCOUNTANT,
                    f.a.id());
            case ACCOUNTANT_B -> SignedInForTest.fullySignedIn(f.accountantB, f.email("accountant-b"), Role.ACCOUNTANT,
                    f.b.id());
            case ADMIN -> SignedInForTest.fullySignedIn(0, "beheerder-matrix@example.nl", Role.ADMIN, null);
        };
    }

    long accountId(TwoFirms f) {
        return switch (this) {
            case ANONYMOUS, ADMIN -> 0;
            case CLIENT_A1 -> f.clientA1;
            case CLIENT_A2 -> f.clientA2;
            case ACCOUNTANT_A -> f.accountantA;
            case ACCOUNTANT_B -> f.accountantB;
        };
    }

    /** The firm the request filter would put in the tenant context for this persona. */
    Optional<FirmId> firm(TwoFirms f) {
        return switch (this) {
            case ANONYMOUS, ADMIN -> Optional.empty();
            case CLIENT_A1, CLIENT_A2, ACCOUNTANT_A -> Optional.of(f.a.id());
            case ACCOUNTANT_B -> Optional.of(f.b.id());
        };
    }

    /** The markers of data this persona must never see: the other firm's, or both for someone outside the firms. */
    java.util.List<String> foreignMarkers(TwoFirms f) {
        return switch (this) {
            case ANONYMOUS, ADMIN -> java.util.List.of(f.markerA(), f.markerB());
            case CLIENT_A1, CLIENT_A2, ACCOUNTANT_A -> java.util.List.of(f.markerB());
            case ACCOUNTANT_B -> java.util.List.of(f.markerA());
        };
    }

    /** The marker of the persona's own firm's data; none outside the firms. */
    String ownMarker(TwoFirms f) {
        return switch (this) {
            case ANONYMOUS, ADMIN -> "(geen kantoor)";
            case CLIENT_A1, CLIENT_A2, ACCOUNTANT_A -> f.markerA();
            case ACCOUNTANT_B -> f.markerB();
        };
    }

    @Override
    public String toString() {
        return column;
    }
}
