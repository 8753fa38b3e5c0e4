package eu.ondernemerscheck.adapter.web.selfcheck;

import eu.ondernemerscheck.adapter.web.schemeform.Questionnaire;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableSupplier;
import eu.ondernemerscheck.application.selfcheck.port.in.FirmFace;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsCommand;
import eu.ondernemerscheck.application.selfcheck.port.in.LeaveContactDetailsUseCase;
import eu.ondernemerscheck.domain.leads.LeadRefusedException;
import eu.ondernemerscheck.domain.shared.FieldError;
import eu.ondernemerscheck.domain.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Contact details for the firm, with an explicit consent; sent only by the button (Enter in a field does not send).
 * Invalid fields say why beside themselves and keep what was typed.
 */
final class ContactForm extends Composite<Div> {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextArea message = new TextArea();
    final Checkbox consent = new Checkbox();
    final Button send = new Button();
    final Paragraph problem = new Paragraph();
    final Paragraph thanks = new Paragraph();

    ContactForm(FirmFace firm, SelfCheckTexts texts, LeaveContactDetailsUseCase leads,
                SerializableSupplier<Questionnaire> questionnaire, SerializableSupplier<String> clientAddress) {
        Div root = getContent();
        root.addClassName("oc-contact");
        name.setLabel(texts.get("contact.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(texts.get("contact.email"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        phone.setLabel(texts.get("contact.phone"));
        phone.setMaxLength(30);
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        message.setLabel(texts.get("contact.message"));
        message.setMaxLength(1000);
        String consentText = texts.get("contact.consent", firm.name());
        consent.setLabel(consentText);
        send.setText(texts.get("contact.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problem.addClassName("oc-problem");
        problem.setVisible(false);
        thanks.addClassName("oc-thanks");
        thanks.setVisible(false);
        Div fields = new Div(name, email, phone, message);
        fields.addClassName("oc-questions");
        root.add(fields, consent, problem, send, thanks);
        send.addClickListener(e -> {
            clearErrors();
            Questionnaire q = questionnaire.get();
            try {
                leads.leaveContactDetails(new LeaveContactDetailsCommand(firm.publicId(), clientAddress.get(),
                        q.check().country(), q.check().year(), q.answers(), name.getValue(), email.getValue(),
                        phone.getValue(), message.getValue(), consent.getValue(), consentText));
            } catch (InvalidInputException ex) {
                showErrors(ex.errors(), texts);
                return;
            } catch (LeadRefusedException ex) {
                problem.setText(ex.getMessage());
                problem.setVisible(true);
                return;
            }
            fields.setVisible(false);
            consent.setVisible(false);
            send.setVisible(false);
            thanks.setText(texts.get("contact.thanks", firm.name()));
            thanks.setVisible(true);
        });
    }

    private void showErrors(List<FieldError> errors, SelfCheckTexts texts) {
        List<String> general = new ArrayList<>();
        for (FieldError error : errors) {
            HasValidation field = switch (error.field()) {
                case "name" -> name;
                case "email" -> email;
                case "phone" -> phone;
                case "message" -> message;
                case "consent" -> consent;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                general.add(error.message());
            }
        }
        if (!general.isEmpty()) {
            problem.setText(texts.get("contact.answers.invalid") + " " + String.join(" ", general));
            problem.setVisible(true);
        }
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(name, email, phone, message, consent)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        problem.setVisible(false);
    }
}
