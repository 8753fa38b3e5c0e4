package eu.ondernemerscheck.adapter.web.schemeform;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.List;

/** The date picker in Dutch: {@code 31-12-2026}, Dutch month and day names, weeks starting on Monday. */
public final class DutchDates {

    private DutchDates() {
    }

    public static DatePicker.DatePickerI18n i18n(String badInput) {
        return new DatePicker.DatePickerI18n()
                .setDateFormats("dd-MM-yyyy", "d-M-yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd")
                .setMonthNames(List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                        "september", "oktober", "november", "december"))
                .setWeekdays(List.of("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"))
                .setWeekdaysShort(List.of("zo", "ma", "di", "wo", "do", "vr", "za"))
                .setFirstDayOfWeek(1)
                .setToday("Vandaag")
                .setCancel("Annuleren")
                .setBadInputErrorMessage(badInput);
    }
}
