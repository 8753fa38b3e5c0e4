package eu.ondernemerscheck.application.branding.service;

import eu.ondernemerscheck.application.audit.CurrentActor;
import eu.ondernemerscheck.application.audit.port.out.AuditEvent;
import eu.ondernemerscheck.application.audit.port.out.RecordAuditPort;
import eu.ondernemerscheck.application.branding.port.in.FirmBrandingUseCase;
import eu.ondernemerscheck.application.branding.port.in.PublicBrandingUseCase;
import eu.ondernemerscheck.application.branding.port.in.SaveBrandingCommand;
import eu.ondernemerscheck.application.branding.port.out.BrandingPort;
import eu.ondernemerscheck.application.selfcheck.port.out.LoadCheckFirmPort;
import eu.ondernemerscheck.application.tenancy.TenantContext;
import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.shared.JsonText;
import eu.ondernemerscheck.domain.branding.LogoImage;
import eu.ondernemerscheck.domain.shared.Actor;
import eu.ondernemerscheck.domain.shared.Firm;
import eu.ondernemerscheck.domain.shared.FirmId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Sets and shows a firm's branding. Every save is audited with the name, colour and the logo's type, size and SHA-256
 * before and after (never the image itself).
 */
@Service
class BrandingService implements FirmBrandingUseCase, PublicBrandingUseCase {

    private final BrandingPort branding;
    private final LoadCheckFirmPort firms;
    private final RecordAuditPort audit;
    private final Clock clock;

    BrandingService(BrandingPort branding, LoadCheckFirmPort firms, RecordAuditPort audit, Clock clock) {
        this.branding = branding;
        this.firms = firms;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional(readOnly = true)
    public Branding ownBranding() {
        FirmId firm = TenantContext.require();
        return brandingOf(firm);
    }

    @Override
    @PreAuthorize("hasRole('ACCOUNTANT')")
    @Transactional
    public Branding save(SaveBrandingCommand command) {
        FirmId firm = TenantContext.require();
        Branding before = brandingOf(firm);
        LogoImage logo = command.removeLogo() ? null : command.logo() != null ? command.logo() : before.logo();
        Instant now = clock.instant();
        String by = CurrentActor.name();
        Branding saved = branding.save(firm, command.displayName(), command.colour(), logo, command.expectedVersion(),
                by, now);
        audit.append(new AuditEvent(now, CurrentActor.get().map(Actor::accountId).orElse(null), by, firm,
                "firm.branding.saved", "firm " + firm.value(), describe(before), describe(saved)));
        return saved;
    }

    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Branding> brandingOfCheck(UUID publicId) {
        return firms.findByPublicId(publicId).map(f -> branding.load(f.id()).orElseGet(() -> Branding.unset(
                f.name())));
    }

    private Branding brandingOf(FirmId firm) {
        return branding.load(firm).orElseGet(() -> Branding.unset(firms.findById(firm).map(Firm::name)
                .orElseThrow(() -> new IllegalStateException("the signed-in accountant's firm is not registered"))));
    }

    /** The audit's JSON view of a branding: the logo by type, size and digest only. */
    private static String describe(Branding b) {
        String logo = b.optionalLogo().map(l -> "{\"type\":\"" + l.type().name() + "\",\"bytes\":" + l.bytes().length
                + ",\"sha256\":\"" + sha256(l.bytes()) + "\"}").orElse("null");
        return "{\"displayName\":" + JsonText.quote(b.displayName()) + ",\"colour\":\"" + b.colour().hex()
                + "\",\"logo\":" + logo + "}";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
