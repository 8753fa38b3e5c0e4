package eu.ondernemerscheck.adapter.web.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.ondernemerscheck.adapter.web.security.OwnContextAccess;
import eu.ondernemerscheck.application.branding.port.in.FirmBrandingUseCase;
import eu.ondernemerscheck.application.branding.port.in.SaveBrandingCommand;
import eu.ondernemerscheck.domain.branding.Branding;
import eu.ondernemerscheck.domain.branding.LogoImage;
import eu.ondernemerscheck.domain.shared.ChangedMeanwhileException;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.FirmsCalendar;
import eu.ondernemerscheck.domain.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import static eu.ondernemerscheck.adapter.web.report.ReportTexts.text;

/**
 * The firm's branding, {@code /kantoor}: the name, colour and logo its clients see on the quick check and in their
 * reports. The logo is checked on the server by its content when it arrives and again when saved; what the accountant
 * typed stays on screen when something is refused.
 */
@Route("kantoor")
@PageTitle("Kantoor | Ondernemerscheck")
@Menu(order = 40, title = "Kantoor")
@RolesAllowed("ACCOUNTANT")
class BrandingView extends VerticalLayout {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private final FirmBrandingUseCase branding;

    final TextField displayName = new TextField(text("branding.name"));
    final TextField colour = new TextField(text("branding.colour"));
    final Div swatch = new Div();
    final Upload upload = new Upload();
    final Span logoMessage = new Span();
    final Div logoPreview = new Div();
    final Checkbox removeLogo = new Checkbox(text("branding.logo.remove"));
    final Button save = new Button(text("branding.save"));

    private long version;
    private String pendingName;
    private byte[] pendingLogo;

    BrandingView(FirmBrandingUseCase branding) {
        this.branding = branding;
        addClassName("oc-page");
        displayName.setMaxLength(Branding.MAX_NAME);
        displayName.setWidth("28em");
        colour.setMaxLength(7);
        colour.setPlaceholder("#1f5f8b");
        colour.setHelperText(text("branding.colour.help"));
        colour.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        colour.addValueChangeListener(e -> showSwatch(e.getValue()));
        swatch.addClassName("oc-swatch");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LogoImage.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/svg+xml", ".png", ".jpg", ".jpeg", ".svg");
        upload.setUploadHandler(logoHandler());
        logoMessage.addClassName("oc-field-message");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(text("branding.title")), new Paragraph(text("branding.intro")), displayName,
                new Div(colour, swatch), new Paragraph(text("branding.logo.help")), upload, logoMessage, logoPreview,
                removeLogo, save);
        show(branding.ownBranding());
    }

    /** Reads at most the limit; a larger file is refused without being kept (the browser's limit can be bypassed). */
    private UploadHandler logoHandler() {
        return event -> {
            String name = event.getFileName();
            var content = UploadedBytes.readAtMost(event.getInputStream(), LogoImage.MAX_BYTES);
            OwnContextAccess.access(event.getUI(), () -> {
                if (content.isPresent()) {
                    logoReceived(name, content.get());
                } else {
                    logoRefused(text("branding.logo.tooLarge"));
                }
            });
        };
    }

    void logoReceived(String fileName, byte[] content) {
        try {
            LogoImage logo = LogoImage.inspect(fileName, content);
            pendingName = fileName;
            pendingLogo = content;
            removeLogo.setValue(false);
            logoMessage.setText(text("branding.logo.ready", logo.type().name()));
            logoMessage.removeClassName("oc-error");
        } catch (InvalidInputException e) {
            logoRefused(e.errors().getFirst().message());
        }
    }

    private void logoRefused(String message) {
        pendingName = null;
        pendingLogo = null;
        upload.clearFileList();
        logoMessage.setText(message);
        logoMessage.addClassName("oc-error");
    }

    void save() {
        displayName.setInvalid(false);
        colour.setInvalid(false);
        try {
            Branding saved = branding.save(SaveBrandingCommand.of(displayName.getValue(), colour.getValue(),
                    pendingName, pendingLogo, removeLogo.getValue(), version));
            pendingLogo = null;
            pendingName = null;
            upload.clearFileList();
            logoMessage.setText("");
            show(saved);
            Notification.show(text("branding.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                switch (error.field()) {
                    case "displayName" -> {
                        displayName.setErrorMessage(error.message());
                        displayName.setInvalid(true);
                    }
                    case "colour" -> {
                        colour.setErrorMessage(error.message());
                        colour.setInvalid(true);
                    }
                    default -> logoRefused(error.message());
                }
            }
        } catch (ChangedMeanwhileException e) {
            Notification.show(text("branding.changedMeanwhile", e.changedBy(), DateTimeFormatter
                    .ofPattern("dd-MM-yyyy HH:mm").format(e.changedAt().atZone(FirmsCalendar.ZONE))))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(Branding current) {
        version = current.version();
        displayName.setValue(current.displayName());
        colour.setValue(current.colour().hex());
        showSwatch(current.colour().hex());
        logoPreview.removeAll();
        FirmLogo.of(current).ifPresentOrElse(logoPreview::add,
                () -> logoPreview.add(new Span(text("branding.logo.none"))));
        removeLogo.setValue(false);
        removeLogo.setVisible(current.logo() != null);
    }

    /** Only a checked #rrggbb reaches the style, so nothing typed can inject CSS. */
    private void showSwatch(String value) {
        String v = value == null ? "" : value.strip();
        if (HEX.matcher(v).matches()) {
            swatch.getStyle().set("background-color", v);
            swatch.setVisible(true);
        } else {
            swatch.setVisible(false);
        }
    }
}
